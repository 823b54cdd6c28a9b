"""An orphan is not given to its grandparent: it goes up to the nearest
subreaper above it, else to PID 1. Here TOP plays that ancestor, so the
result is the same wherever this runs; M is an ordinary process."""
import ctypes
import os

PR_SET_CHILD_SUBREAPER, PR_GET_CHILD_SUBREAPER = 36, 37
libc = ctypes.CDLL(None, use_errno=True)


def subreaper_flag():
    flag = ctypes.c_int()
    if libc.prctl(PR_GET_CHILD_SUBREAPER, ctypes.byref(flag), 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_GET_CHILD_SUBREAPER)")
    return flag.value


if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")
print(f"TOP {os.getpid()}: subreaper flag {subreaper_flag()}", flush=True)

info_r, info_w = os.pipe()               # A -> M: B's PID
go_r, go_w = os.pipe()                   # M -> B: A is gone

m = os.fork()
if m == 0:                               # M: the grandparent, not a subreaper
    try:
        me = os.getpid()
        print(f"M {me}: subreaper flag {subreaper_flag()}", flush=True)
        a = os.fork()
        if a == 0:                       # A: starts B, then exits at once
            try:
                b = os.fork()
                if b == 0:               # B: soon an orphan
                    try:
                        os.read(go_r, 1)
                        ppid = os.getppid()
                        print(f"B {os.getpid()}: my parent is now {ppid}; "
                              f"my dead parent A: {ppid == a}, "
                              f"my grandparent M: {ppid == me}", flush=True)
                    finally:
                        os._exit(0)
                os.write(info_w, b.to_bytes(4, "little"))
            finally:
                os._exit(0)
        b = int.from_bytes(os.read(info_r, 4), "little")
        os.waitpid(a, 0)                 # A is gone: B is an orphan now
        try:
            os.waitpid(b, 0)
        except ChildProcessError:
            print(f"M: A {a} reaped; waitpid(B {b}) -> ChildProcessError",
                  flush=True)
        os.write(go_w, b"x")
    finally:
        os._exit(0)

os.waitpid(m, 0)
orphan, _ = os.wait()                    # our only child left: B
print(f"TOP: reaped M {m} and the orphan B {orphan}")
