"""fork() in a threaded program: only the calling thread is copied, and a lock
that another thread held at that moment stays locked in the child for good."""
import os
import sys
import threading
import warnings

lock = threading.Lock()
holding, finish = threading.Event(), threading.Event()


def worker():
    with lock:                                     # (1)!
        holding.set()
        finish.wait()


thread = threading.Thread(target=worker)
thread.start()
holding.wait()

with warnings.catch_warnings(record=True) as caught:  # (2)!
    warnings.simplefilter("always")
    pid = os.fork()

if pid == 0:
    try:
        with open("/proc/self/status") as f:
            threads = next(line.split()[1] for line in f if line.startswith("Threads:"))
        print("child : Threads in /proc/self/status:", threads)
        print("child : threading.active_count():", threading.active_count())
        print("child : lock.acquire(timeout=0.5) ->", lock.acquire(timeout=0.5))  # (3)!
        sys.stdout.flush()
    finally:
        os._exit(0)

_, status = os.waitpid(pid, 0)
finish.set()
thread.join()
warned = any(issubclass(w.category, DeprecationWarning)
             and "is multi-threaded, use of fork() may lead to deadlocks" in str(w.message)
             for w in caught)
print("parent: child exit code", os.waitstatus_to_exitcode(status))
print("parent: fork() warned about threads exactly on Python 3.12 and later:",  # (4)!
      warned == (sys.version_info >= (3, 12)))
