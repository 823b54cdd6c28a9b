"""With SIGCHLD set to SIG_IGN, an ending child does not become a zombie:
its status is thrown away, and a wait blocks until the children are gone,
then fails with ECHILD. SIG_IGN is inherited across fork and execve."""
import errno
import os
import signal
import sys

CHECK = "import signal; print('after execve, SIGCHLD is ignored:', " \
        "signal.getsignal(signal.SIGCHLD) is signal.SIG_IGN)"


def state(pid):
    """Field 3 of /proc/<pid>/stat, or None once the process is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return None


signal.signal(signal.SIGCHLD, signal.SIG_IGN)

pid = os.fork()
if pid == 0:
    try:
        pass
    finally:
        os._exit(3)
try:
    os.waitpid(pid, 0)                   # returns only once the child is gone
except ChildProcessError as exc:
    print(f"waitpid(pid, 0): ChildProcessError, errno {errno.errorcode[exc.errno]}")
print(f"the child left a zombie: {state(pid) == 'Z'}")

sys.stdout.flush()                       # the new program writes to stdout too
pid = os.fork()
if pid == 0:
    try:
        os.execv(sys.executable, [sys.executable, "-c", CHECK])
    finally:
        os._exit(127)                    # reached only if execv failed
try:
    os.waitpid(pid, 0)                   # still a way to wait until it is gone
except ChildProcessError:
    pass

signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # back to the default
pid = os.fork()
if pid == 0:
    try:
        pass
    finally:
        os._exit(3)
_, status = os.waitpid(pid, 0)
print(f"SIG_DFL again: waitpid reports exit code {os.waitstatus_to_exitcode(status)}")
