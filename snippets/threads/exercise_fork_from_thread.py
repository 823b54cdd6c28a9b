"""Exercise: a worker thread calls fork(). In the child, which thread runs,
and which is the main thread?"""
import os
import sys
import threading
import warnings

warnings.filterwarnings("ignore", "This process .* is multi-threaded", DeprecationWarning)


def fork_here():
    pid = os.fork()
    if pid == 0:
        try:
            me = threading.current_thread()
            print("child: running thread:", me.name)
            print("child: it is threading.main_thread():", me is threading.main_thread())
            print("child: its TID equals the child's PID:",
                  threading.get_native_id() == os.getpid())
            print("child: threads:", threading.active_count())
            sys.stdout.flush()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


worker = threading.Thread(target=fork_here, name="worker")
worker.start()
worker.join()
print("parent: main thread:", threading.main_thread().name)
