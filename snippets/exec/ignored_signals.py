"""CPython ignores SIGPIPE and SIGXFSZ for itself. An ignored signal stays
ignored across exec: subprocess resets both before its exec, os.exec* does not."""
import os
import signal
import subprocess

# The new program must not be Python, which would ignore both signals again
# when it starts: cat prints the kernel's view of its own process.
PROBE = ["cat", "/proc/self/status"]


def ignored(status):
    """Which of SIGPIPE and SIGXFSZ the SigIgn mask of a status file shows ignored."""
    mask = int(next(line.split()[1] for line in status.splitlines()
                    if line.startswith("SigIgn:")), 16)  # (1)!
    return {sig.name: bool(mask >> (sig - 1) & 1) for sig in (signal.SIGPIPE, signal.SIGXFSZ)}


def fork_and_execvp():
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(w, 1)
            os.execvp(PROBE[0], PROBE)  # (2)!
        finally:
            os._exit(127)
    os.close(w)
    with open(r) as pipe:
        status = pipe.read()
    os.waitpid(pid, 0)
    return status


def run(**kwargs):
    return subprocess.run(PROBE, capture_output=True, text=True, **kwargs).stdout


print("this interpreter                     :",
      {sig.name: signal.getsignal(sig) == signal.SIG_IGN
       for sig in (signal.SIGPIPE, signal.SIGXFSZ)})  # (3)!
print("fork + os.execvp                     :", ignored(fork_and_execvp()))
print("subprocess.run                       :", ignored(run()))  # (4)!
print("subprocess.run(restore_signals=False):", ignored(run(restore_signals=False)))
