"""What os.system() does: it starts /bin/sh -c COMMAND as a child of the
caller, waits for it, and reaps it."""
import os
import sys

COMMAND = (
    'echo "shell : my PID is $$, my parent is $PPID, my name (\\$0) is $0"; '
    'test "$(readlink -f /proc/$$/exe)" = "$(readlink -f /bin/sh)" && '
    'echo "shell : my program is /bin/sh"'
)

print(f"python: my PID is {os.getpid()}")
sys.stdout.flush()  # (1)!
status = os.system(COMMAND)

try:
    os.waitpid(-1, os.WNOHANG)  # (2)!
    left = True
except ChildProcessError:
    left = False
print(f"python: os.system() returned {status}; a child left to reap: {left}")
