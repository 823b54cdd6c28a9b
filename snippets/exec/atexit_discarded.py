"""atexit handlers and finally blocks belong to the old program: after a
successful exec they never run."""
import subprocess
import sys

PROGRAM = """
import atexit, os, sys
atexit.register(print, "  atexit handler ran")
try:
    print("  work done", flush=True)
    if sys.argv[1] == "exec":
        os.execv(sys.executable, [sys.executable, "-c", "print('  new program ran')"])
finally:
    print("  finally block ran", flush=True)
"""

print("a program that ends normally:", flush=True)
subprocess.run([sys.executable, "-c", PROGRAM, "end"])
print("a program that calls os.execv():", flush=True)
subprocess.run([sys.executable, "-c", PROGRAM, "exec"])
