"""A forked child inherits the parent's atexit handlers: sys.exit() runs them,
os._exit() does not."""
import atexit
import os
import sys

atexit.register(lambda: print(f"atexit handler ran in PID {os.getpid()}", flush=True))

first = os.fork()
if first == 0:
    print(f"child {os.getpid()} leaves with sys.exit(0)")
    sys.exit(0)                 # flushes stdio and runs the inherited handler
os.waitpid(first, 0)

second = os.fork()
if second == 0:
    print(f"child {os.getpid()} leaves with os._exit(0)", flush=True)
    os._exit(0)                 # leaves at once: no handler, no flush
os.waitpid(second, 0)

print(f"parent {os.getpid()} returns from the script")
