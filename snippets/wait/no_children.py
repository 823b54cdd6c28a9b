"""Two different cases: with no children, wait fails at once (ECHILD);
with a child that has already ended, it returns that child at once and reaps it."""
import errno
import os

try:
    os.wait()
except ChildProcessError as exc:
    print(f"no children  : ChildProcessError, errno {errno.errorcode[exc.errno]}")

pid = os.fork()
if pid == 0:
    try:
        pass
    finally:
        os._exit(4)

# Block until the child has ended, but leave it unreaped (WNOWAIT).
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
print(f"child {pid} has ended and is not reaped yet")

got, status = os.wait()
print(f"ended child  : os.wait() returned ({got}, {status:#06x}); "
      f"/proc/{pid} still exists: {os.path.exists(f'/proc/{pid}')}")

try:
    os.wait()
except ChildProcessError as exc:
    print(f"no children  : ChildProcessError, errno {errno.errorcode[exc.errno]}")
