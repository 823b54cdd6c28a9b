"""An orphan is re-parented to its nearest subreaper ancestor: here, this script.
Our child A starts B and exits; B's new parent is us, and we reap both."""
import ctypes
import os

PR_SET_CHILD_SUBREAPER = 36
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:  # (1)!
    raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")
print(f"subreaper {os.getpid()}: PR_SET_CHILD_SUBREAPER set", flush=True)

info_r, info_w = os.pipe()           # A -> us: B's PID
go_r, go_w = os.pipe()               # us -> B: A is gone, look at your parent

a = os.fork()
if a == 0:
    try:
        b = os.fork()
        if b == 0:
            try:
                os.read(go_r, 1)
                print(f"B {os.getpid()}: my parent is now {os.getppid()}", flush=True)
            finally:
                os._exit(0)
        print(f"A {os.getpid()}: started B {b}, exiting without waiting for it",
              flush=True)
        os.write(info_w, b.to_bytes(4, "little"))
    finally:
        os._exit(0)

b = int.from_bytes(os.read(info_r, 4), "little")
os.waitpid(a, 0)  # (2)!
os.write(go_w, b"x")
os.waitpid(b, 0)  # (3)!
print(f"subreaper: reaped A {a} and B {b}")
try:
    os.wait()
except ChildProcessError:
    print("subreaper: no children left")
