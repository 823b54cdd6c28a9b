"""Decoding wait statuses: a child that exits, one killed by a signal,
one stopped (reported with WUNTRACED) and continued (with WCONTINUED)."""
import os
import signal


def blocked_child():
    """Fork a child that runs until we write a byte to its pipe, then exits 0."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(w)
            os.read(r, 1)
        finally:
            os._exit(0)
    os.close(r)
    return pid, w


def to_exitcode(status):
    try:
        return os.waitstatus_to_exitcode(status)
    except ValueError:
        return "ValueError"


# A child that exits with code 3.
pid = os.fork()
if pid == 0:
    try:
        pass
    finally:
        os._exit(3)
_, status = os.waitpid(pid, 0)
print(f"exit(3)  : {status:#06x} WIFEXITED={os.WIFEXITED(status)} "
      f"WEXITSTATUS={os.WEXITSTATUS(status)} -> {to_exitcode(status)}")

# A child killed by SIGKILL.
pid, w = blocked_child()
os.kill(pid, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
os.close(w)
print(f"SIGKILL  : {status:#06x} WIFSIGNALED={os.WIFSIGNALED(status)} "
      f"WTERMSIG={os.WTERMSIG(status)} -> {to_exitcode(status)}")

# A child stopped by SIGSTOP, then continued by SIGCONT, then released.
pid, w = blocked_child()
os.kill(pid, signal.SIGSTOP)
_, status = os.waitpid(pid, os.WUNTRACED)    # WUNTRACED: report a stop too
print(f"SIGSTOP  : {status:#06x} WIFSTOPPED={os.WIFSTOPPED(status)} "
      f"WSTOPSIG={os.WSTOPSIG(status)} -> {to_exitcode(status)}")
os.kill(pid, signal.SIGCONT)
_, status = os.waitpid(pid, os.WCONTINUED)   # WCONTINUED: report a resume
print(f"SIGCONT  : {status:#06x} WIFCONTINUED={os.WIFCONTINUED(status)} "
      f"-> {to_exitcode(status)}")
os.write(w, b"x")
os.close(w)
_, status = os.waitpid(pid, 0)
print(f"released : {status:#06x} WIFEXITED={os.WIFEXITED(status)} "
      f"WEXITSTATUS={os.WEXITSTATUS(status)} -> {to_exitcode(status)}")
