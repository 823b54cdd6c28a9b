"""The remedy: os.register_at_fork() takes the lock just before fork() and
releases it on both sides just after, so the child always finds it free."""
import os
import sys
import threading
import warnings

warnings.filterwarnings(                           # (1)!
    "ignore", "This process .* is multi-threaded", DeprecationWarning)

lock = threading.Lock()
os.register_at_fork(before=lock.acquire,           # (2)!
                    after_in_parent=lock.release,
                    after_in_child=lock.release)
items = []
holding, finish = threading.Event(), threading.Event()


def worker():
    with lock:
        holding.set()
        finish.wait()
        items.append("written by the worker")      # (3)!


thread = threading.Thread(target=worker)
thread.start()
holding.wait()
finish.set()
pid = os.fork()                                    # (4)!

if pid == 0:
    try:
        print("child : lock.acquire(timeout=0.5) ->", lock.acquire(timeout=0.5))
        print("child : the worker's update is complete:", items == ["written by the worker"])
        sys.stdout.flush()
    finally:
        os._exit(0)

_, status = os.waitpid(pid, 0)
thread.join()
print("parent: child exit code", os.waitstatus_to_exitcode(status))
