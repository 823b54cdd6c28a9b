"""A PID stays taken until the parent reaps the child, even after the child
has exited (a zombie); once reaped, the PID is free again."""
import os


def state(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(line.split(":", 1)[1].strip() for line in f if line.startswith("State:"))


pid = os.fork()
if pid == 0:
    try:
        print(f"child {os.getpid()}: exiting", flush=True)
    finally:
        os._exit(0)

# Wait until the child has exited, but do not reap it (WNOWAIT): it is a zombie now.
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
print(f"exited, not yet reaped: /proc/{pid} exists: {os.path.exists(f'/proc/{pid}')}, "
      f"State: {state(pid)}")
os.kill(pid, 0)                      # succeeds: the PID still names the zombie
print(f"os.kill({pid}, 0) succeeds: the PID is still taken")

os.waitpid(pid, 0)                   # reap: the kernel frees the PID
print(f"after waitpid(): /proc/{pid} exists: {os.path.exists(f'/proc/{pid}')}")
try:
    os.kill(pid, 0)
except ProcessLookupError:
    print(f"os.kill({pid}, 0) -> ProcessLookupError: the PID is free for reuse")
