"""A child that has exited but is not yet reaped is a zombie: state Z.
Reaping it removes it from the process table."""
import os

pid = os.fork()
if pid == 0:
    try:
        pass
    finally:
        os._exit(0)

# Block until the child has exited, but do not reap it (WNOWAIT).
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)

with open(f"/proc/{pid}/stat") as f:
    stat = f.read()
with open(f"/proc/{pid}/status") as f:
    status = f.read().splitlines()
state_field = stat.rsplit(")", 1)[1].split()[0]   # field 3, after "(comm)"
state_line = next(line for line in status if line.startswith("State:"))
print(f"exited, not reaped: /proc/{pid}/stat field 3 = {state_field}")
print(f"                    /proc/{pid}/status: {state_line!r}")
print(f"                    memory already freed (no VmRSS line): "
      f"{not any(line.startswith('VmRSS:') for line in status)}")

os.waitpid(pid, 0)
print(f"after waitpid     : /proc/{pid} exists: {os.path.exists(f'/proc/{pid}')}")
