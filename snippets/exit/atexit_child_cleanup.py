"""A parent's exit-time cleanups also run in a forked child that leaves with
sys.exit(): here they delete the parent's lock file and temporary directory."""
import atexit
import os
import sys
import tempfile

workdir = tempfile.TemporaryDirectory()  # (1)!
lock = os.path.join(workdir.name, "app.lock")


def remove_lock():  # (2)!
    print(f"PID {os.getpid()} runs the atexit handler remove_lock()", flush=True)
    if os.path.exists(lock):
        os.remove(lock)


atexit.register(remove_lock)


def start_child(leave):
    with open(lock, "w"):
        pass                             # the parent (re)creates its lock file
    pid = os.fork()
    if pid == 0:
        print(f"child {os.getpid()} leaves with {leave}", flush=True)
        if leave == "sys.exit(0)":
            sys.exit(0)                  # runs the parent's cleanups, in the child
        os._exit(0)                      # runs nothing
    os.waitpid(pid, 0)
    print(f"  parent: lock file still there: {os.path.exists(lock)}, "
          f"temporary directory still there: {os.path.isdir(workdir.name)}",
          flush=True)


start_child("os._exit(0)")
start_child("sys.exit(0)")
