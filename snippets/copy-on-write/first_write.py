"""Copy-on-write measured with the kernel's own counters: after fork() the
child shares the parent's pages; reading copies nothing; writing copies."""
import mmap
import os
import sys

MiB = 1 << 20
PAGE = mmap.PAGESIZE             # 4096 on x86-64; 16 or 64 KiB on some arm64
SIZE = 64 * MiB


def dirty():
    """(Private_Dirty, Shared_Dirty) of this whole process, in bytes."""
    with open("/proc/self/smaps_rollup") as f:  # (1)!
        fields = dict(line.split(":", 1) for line in f)
    return (int(fields["Private_Dirty"].split()[0]) * 1024,   # the values are in kB
            int(fields["Shared_Dirty"].split()[0]) * 1024)


def about(nbytes, mib):
    return abs(nbytes / MiB - mib) < 4    # generous: the interpreter dirties pages too


buf = mmap.mmap(-1, SIZE, flags=mmap.MAP_PRIVATE)  # (2)!
buf.madvise(mmap.MADV_NOHUGEPAGE)                  # (3)!
buf[::PAGE] = b"P" * (SIZE // PAGE)                # one byte in every page: all present

pid = os.fork()
if pid == 0:
    try:
        dirty()                                    # warm up: the first call dirties a little
        private0, shared0 = dirty()
        print("child, right after fork():")
        print("  the 64 MiB buffer counts as shared  :", shared0 >= SIZE)
        print("  private dirty memory under 16 MiB   :", private0 < 16 * MiB)

        seen = buf[::PAGE]                         # (4)!
        private1, shared1 = dirty()
        print("child, after reading every page:")
        print("  read what the parent wrote          :", seen == b"P" * (SIZE // PAGE))
        print("  Private_Dirty grew by under 4 MiB   :", private1 - private0 < 4 * MiB)

        buf[::PAGE] = b"C" * (SIZE // PAGE)        # (5)!
        private2, shared2 = dirty()
        print("child, after writing one byte in every page:")
        print("  Private_Dirty grew by about 64 MiB  :", about(private2 - private1, 64))
        print("  Shared_Dirty fell by about 64 MiB   :", about(shared1 - shared2, 64))
    finally:
        sys.stdout.flush()
        os._exit(0)

os.waitpid(pid, 0)
print("parent, after the child exited:")
print("  its buffer still holds its own bytes:", buf[::PAGE] == b"P" * (SIZE // PAGE))
