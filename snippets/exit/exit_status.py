"""Only the low 8 bits of the exit status reach the parent; an uncaught
exception gives 1; sys.exit() in a thread ends only that thread."""
import os
import subprocess
import sys

IN_A_THREAD = """
import os, sys, threading
t = threading.Thread(target={function}, args=(5,))
t.start()
t.join()
print("main thread still running")
"""

CASES = [
    ("sys.exit(256)", "import sys; sys.exit(256)"),
    ("sys.exit(-1)", "import sys; sys.exit(-1)"),
    ("os._exit(263)", "import os; os._exit(263)"),
    ("uncaught ValueError", "raise ValueError('oops')"),
    ("uncaught KeyboardInterrupt", "raise KeyboardInterrupt"),  # (1)!
    ("sys.exit(5) in a thread", IN_A_THREAD.format(function="sys.exit")),  # (2)!
    ("os._exit(5) in a thread", IN_A_THREAD.format(function="os._exit")),
]

for label, program in CASES:
    child = subprocess.run([sys.executable, "-E", "-c", program],
                           capture_output=True, text=True)
    if child.returncode >= 0:
        result = f"exit status {child.returncode}"
    else:                                   # subprocess: -N means killed by signal N
        result = f"killed by signal {-child.returncode}"
    notes = []
    if child.stdout:
        notes.append(f"stdout {child.stdout.strip()!r}")
    if "Traceback" in child.stderr:
        notes.append("traceback on stderr")
    print(f"{label:<27} -> {result}" + (f" ({', '.join(notes)})" if notes else ""))

pid = os.fork()
if pid == 0:
    os._exit(263)
info = os.waitid(os.P_PID, pid, os.WEXITED)  # (3)!
print(f"os._exit(263) seen by waitid(): si_status = {info.si_status}")
