"""Python offers fork() and posix_spawn(), but no vfork()."""
import ctypes
import os

print("os.fork        :", hasattr(os, "fork"))
print("os.vfork       :", hasattr(os, "vfork"))
print("os.posix_spawn :", hasattr(os, "posix_spawn"))
print("os.posix_spawnp:", hasattr(os, "posix_spawnp"))

libc = ctypes.CDLL(None)
# Only looked up, never called: a vfork() child returning into the
# interpreter would run on the parent's stack and in the parent's memory.
print("the C library has vfork():", hasattr(libc, "vfork"))
