"""One call to os.fork(), two returns: 0 in the child, the child's PID in the parent."""
import os

pid = os.fork()
if pid == 0:
    # Child: fork() returned 0. Our own PID comes from getpid().
    try:
        print(f"child : fork() returned {pid}; my PID is {os.getpid()}, "
              f"my parent is {os.getppid()}", flush=True)
    finally:
        os._exit(0)

# Parent: fork() returned the child's PID. Wait for the child, then print,
# so the two lines always come out in this order.
os.waitpid(pid, 0)
print(f"parent: fork() returned {pid}; my PID is {os.getpid()}")
