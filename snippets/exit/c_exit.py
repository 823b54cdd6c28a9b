"""C's exit(3) and _exit(2), called through ctypes, against sys.exit() and
os._exit(): which of three buffered or unbuffered lines reach a pipe."""
import subprocess
import sys

PROGRAM = """
import ctypes, os, sys
libc = ctypes.CDLL(None)
print("1. print(): Python's buffer")
libc.puts(b"2. puts(): the C library's stdio buffer")
os.write(1, b"3. os.write(): straight to the kernel\\n")
{ending}
"""

ENDINGS = [
    ("sys.exit(0)", "sys.exit(0)"),
    ("C exit(0)", "libc.exit(0)"),       # (1)!
    ("os._exit(0)", "os._exit(0)"),
    ("C _exit(0)", "libc._exit(0)"),     # (2)!
]

for label, ending in ENDINGS:
    child = subprocess.run([sys.executable, "-E", "-c", PROGRAM.format(ending=ending)],
                           capture_output=True, text=True)
    survivors = sorted(line.split(":")[0] for line in child.stdout.splitlines())  # (3)!
    print(f"{label:<12} exit status {child.returncode}, lines that arrived: {', '.join(survivors)}")
