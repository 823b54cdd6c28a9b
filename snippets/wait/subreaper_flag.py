"""The subreaper flag is not inherited by a forked child, and survives execve."""
import ctypes
import os
import sys

PR_SET_CHILD_SUBREAPER, PR_GET_CHILD_SUBREAPER = 36, 37
GET_FLAG = f"""
import ctypes
flag = ctypes.c_int()
ctypes.CDLL(None).prctl({PR_GET_CHILD_SUBREAPER}, ctypes.byref(flag), 0, 0, 0)
print("child after execve       : flag", flag.value)
"""
libc = ctypes.CDLL(None, use_errno=True)


def subreaper_flag():
    flag = ctypes.c_int()
    if libc.prctl(PR_GET_CHILD_SUBREAPER, ctypes.byref(flag), 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_GET_CHILD_SUBREAPER)")
    return flag.value


if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")
print("parent                   : flag", subreaper_flag(), flush=True)

pid = os.fork()
if pid == 0:
    try:
        print("child after fork         : flag", subreaper_flag())
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        print("child after its own prctl: flag", subreaper_flag(), flush=True)
        os.execv(sys.executable, [sys.executable, "-c", GET_FLAG])
    finally:
        os._exit(127)                    # reached only if execv failed
os.waitpid(pid, 0)
