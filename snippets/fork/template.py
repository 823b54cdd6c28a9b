"""The shape of every fork() in this site: the child always leaves through
os._exit(), whatever happens in it, and the parent always reaps it."""
import os
import sys
import traceback


def child_work():
    print(f"child {os.getpid()}: working")


try:
    pid = os.fork()
except OSError as exc:  # (1)!
    sys.exit(f"fork failed: {exc}")

if pid == 0:
    status = 0
    try:
        child_work()
    except BaseException:  # (2)!
        traceback.print_exc()
        status = 1
    finally:
        sys.stdout.flush()  # (3)!
        sys.stderr.flush()
        os._exit(status)  # (4)!

_, status = os.waitpid(pid, 0)  # (5)!
print(f"parent: child {pid} exited with code {os.waitstatus_to_exitcode(status)}")
