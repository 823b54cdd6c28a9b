"""A crash in a child process leaves its parent running; a crash in a thread
kills its whole process; an uncaught Python exception ends only its thread."""
import ctypes
import os
import signal
import subprocess
import sys
import threading

PR_SET_DUMPABLE = 4     # from <linux/prctl.h>


def no_core_dump():
    """Crash without a core dump, whatever the machine's core_pattern says."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:  # (1)!
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE)")


# 1. A child process reads address 0.
pid = os.fork()
if pid == 0:
    try:
        no_core_dump()
        ctypes.string_at(0)      # (2)!
    finally:
        os._exit(1)              # never reached: the signal kills the child
_, status = os.waitpid(pid, 0)
print("child process: killed by",
      signal.Signals(os.WTERMSIG(status)).name if os.WIFSIGNALED(status) else "nothing")
print("parent: still running after its child crashed")

# 2. A thread reads address 0, in a separate interpreter that we watch.
CRASHING_THREAD = """
import ctypes, threading
ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)   # PR_SET_DUMPABLE 0: no core dump
print("main thread: starting the thread", flush=True)
worker = threading.Thread(target=ctypes.string_at, args=(0,))
worker.start()
worker.join()
print("main thread: the thread has ended", flush=True)
"""
result = subprocess.run([sys.executable, "-I", "-c", CRASHING_THREAD],  # (3)!
                        capture_output=True, text=True)
print("process whose thread crashed: killed by",
      signal.Signals(-result.returncode).name if result.returncode < 0 else "nothing")
print("  its main thread printed:", result.stdout.splitlines())

# 3. A thread raises an exception that nobody catches.
uncaught = []
threading.excepthook = lambda args: uncaught.append(  # (4)!
    f"{args.exc_type.__name__} in {args.thread.name}")
worker = threading.Thread(target=lambda: 1 / 0, name="worker")
worker.start()
worker.join()
print("uncaught exception in a thread:", uncaught)
print("main thread: still running, threads alive:", threading.active_count())
