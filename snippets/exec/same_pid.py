"""exec replaces the program, not the process: same PID, same parent."""
import os
import sys

NEW_PROGRAM = """
import os
print(f"new program   : PID {os.getpid()}, PPID {os.getppid()}, exits with 7")
raise SystemExit(7)
"""

print(f"parent        : PID {os.getpid()}", flush=True)
pid = os.fork()
if pid == 0:
    try:
        print(f"child, before : PID {os.getpid()}, PPID {os.getppid()}, "
              f"calls execv", flush=True)  # (1)!
        os.execv(sys.executable, [sys.executable, "-c", NEW_PROGRAM])  # (2)!
        print("never printed: a successful exec does not return")
    finally:
        os._exit(127)

_, status = os.waitpid(pid, 0)  # (3)!
print(f"parent        : waitpid({pid}) -> exit code {os.waitstatus_to_exitcode(status)}")
