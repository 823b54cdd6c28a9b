"""Exercise: what exit status does each program end with, and what does it print?"""
import subprocess
import sys

PROGRAMS = [
    """
import sys
sys.exit("2")
""",
    """
import sys
sys.exit(512)
""",
    """
import sys
try:
    sys.exit(3)
except Exception:
    sys.exit(4)
""",
    """
import os
try:
    os._exit(-2)
finally:
    print("cleaning up")
""",
]

for number, program in enumerate(PROGRAMS, 1):
    child = subprocess.run([sys.executable, "-E", "-c", program],
                           capture_output=True, text=True)
    print(f"program {number}: exit status {child.returncode}, "
          f"stdout {child.stdout!r}, stderr {child.stderr!r}")
