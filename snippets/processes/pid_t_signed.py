"""pid_t is a signed 32-bit integer: negative values have meanings, and
pid_max keeps real PIDs far below 2**31."""
import os
import sys

# A negative PID names a process group: -pgid means "every process in group pgid".
pgid = os.getpgid(0)
os.kill(-pgid, 0)                 # signal 0 checks delivery without sending anything
print(f"os.kill(-{pgid}, 0): my process group can be signalled")

# waitpid(-1, ...) means "any child of mine".
sys.stdout.flush()                # or the child would inherit our unwritten output
pid = os.fork()
if pid == 0:
    try:
        print(f"child {os.getpid()}: leaving with exit code 7", flush=True)
    finally:
        os._exit(7)
reaped, status = os.waitpid(-1, 0)
print(f"os.waitpid(-1, 0) reaped child {reaped}, exit code {os.waitstatus_to_exitcode(status)}")
print(f"fork() had returned {pid}")

# Python passes a PID to the kernel as a C int: the range is -2**31 .. 2**31 - 1.
for value in (2**31 - 1, 2**31, -2**31 - 1):
    try:
        os.kill(value, 0)
        outcome = "delivered"
    except (ProcessLookupError, OverflowError) as exc:
        outcome = type(exc).__name__
    print(f"os.kill({value}, 0) -> {outcome}")

with open("/proc/sys/kernel/pid_max") as f:
    pid_max = int(f.read())
print("pid_max <= 4194304 (2**22, the limit on 64-bit):", pid_max <= 2**22)
print("so every PID fits easily in a signed 32-bit pid_t:", pid_max - 1 < 2**31 - 1)
