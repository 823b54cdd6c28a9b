"""Three ways to end a Python program, each run in a new interpreter whose
stdout is a pipe: what runs on the way out, and the exit status."""
import subprocess
import sys

PROGRAM = """
import atexit, os, sys
atexit.register(print, "atexit handler ran")
print("print() before the end")   # waits in the buffer: stdout is a pipe
try:
    {ending}
finally:
    print("finally block ran")
"""

ENDINGS = [
    ("fall off the end", "pass"),
    ("sys.exit()", "sys.exit()"),
    ("sys.exit(3)", "sys.exit(3)"),
    ("sys.exit('no config')", "sys.exit('no config')"),
    ("os._exit(3)", "os._exit(3)"),
]

for label, ending in ENDINGS:
    child = subprocess.run(
        [sys.executable, "-E", "-c", PROGRAM.format(ending=ending)],  # (1)!
        capture_output=True, text=True)  # (2)!
    print(f"{label:<22} exit status {child.returncode}")
    print(f"    stdout: {child.stdout.splitlines()}")
    if child.stderr:
        print(f"    stderr: {child.stderr!r}")
