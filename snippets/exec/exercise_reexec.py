"""Exercise: what does this print? How many different PIDs, how many atexit lines?"""
import atexit
import os
import sys

run = int(sys.argv[1]) if len(sys.argv) > 1 else 1
atexit.register(print, f"atexit handler registered by run {run}")
print(f"run {run}: PID {os.getpid()}", flush=True)
if run < 3:
    os.execv(sys.executable, [sys.executable, __file__, str(run + 1)])
print("done")
