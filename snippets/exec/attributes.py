"""What a process keeps across exec, and what exec resets or throws away."""
import os
import resource
import signal
import sys
import tempfile
import threading

# The new program checks what it inherited; the old one passes what to expect.
NEW_PROGRAM = """
import os, resource, signal, sys
pid, ppid, cwd, dir_fd = sys.argv[1:]


def fd_is_open(fd):
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False


def threads():
    with open("/proc/self/status") as f:
        return next(line.split()[1] for line in f if line.startswith("Threads:"))


blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [])
print("kept across exec:")
print("  same PID and parent PID   :", (os.getpid(), os.getppid()) == (int(pid), int(ppid)))
print("  same working directory    :", os.getcwd() == cwd)
print("  umask                     :", oct(os.umask(0)))
print("  SIGUSR1 still blocked     :", signal.SIGUSR1 in blocked)
print("  SIGUSR2 still ignored     :", signal.getsignal(signal.SIGUSR2) == signal.SIG_IGN)
print("  RLIMIT_NOFILE soft limit  :", resource.getrlimit(resource.RLIMIT_NOFILE)[0])
print("  environment variable      :", repr(os.environ.get("COLOUR")))
print("reset or thrown away:")
print("  SIGTERM handler is SIG_DFL:", signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
print("  directory stream's fd open:", fd_is_open(int(dir_fd)))
print("  threads in the process    :", threads())
"""


def threads():
    with open("/proc/self/status") as f:
        return next(line.split()[1] for line in f if line.startswith("Threads:"))


def fd_open_on(path):
    """The number of the descriptor this process has open on path, as a string."""
    wanted = os.stat(path)
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.path.samestat(os.fstat(int(fd)), wanted):
                return fd
        except OSError:  # the descriptor listdir() itself used, closed by now
            pass
    raise LookupError(path)


with tempfile.TemporaryDirectory() as tmp:
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(tmp)                                       # kept
            os.umask(0o027)                                     # kept
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})  # kept
            signal.signal(signal.SIGUSR2, signal.SIG_IGN)       # kept: ignored
            signal.signal(signal.SIGTERM, lambda signum, frame: None)  # (1)!
            hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
            resource.setrlimit(resource.RLIMIT_NOFILE, (200, hard))  # kept
            os.environ["COLOUR"] = "blue"                        # (2)!

            entries = os.scandir(tmp)                           # (3)!
            dir_fd = fd_open_on(tmp)
            threading.Thread(target=threading.Event().wait, daemon=True).start()

            print(f"before exec: threads in the process: {threads()}", flush=True)
            os.execv(sys.executable, [sys.executable, "-c", NEW_PROGRAM,
                                      str(os.getpid()), str(os.getppid()), os.getcwd(), dir_fd])
        finally:
            os._exit(127)
    os.waitpid(pid, 0)
