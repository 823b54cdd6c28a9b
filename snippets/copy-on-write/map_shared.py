"""MAP_SHARED memory is really shared: the child's writes reach the parent and
nothing is copied. MAP_PRIVATE memory is copied on write."""
import ctypes
import mmap
import os
import sys

MiB = 1 << 20
PAGE = mmap.PAGESIZE
SIZE = 32 * MiB
PAGES = SIZE // PAGE


def dirty(buf):
    """(Private_Dirty, Shared_Dirty) in bytes of the mapping that holds buf."""
    address = ctypes.addressof(ctypes.c_char.from_buffer(buf))
    counters, inside = {}, False
    with open("/proc/self/smaps") as f:  # (1)!
        for line in f:
            fields = line.split()
            if not fields[0].endswith(":"):        # a mapping's header line
                start, end = (int(x, 16) for x in fields[0].split("-"))
                inside = start <= address < end
            elif inside:
                counters[fields[0]] = fields[1]
    return int(counters["Private_Dirty:"]) * 1024, int(counters["Shared_Dirty:"]) * 1024


def about(nbytes, mib):
    return abs(nbytes / MiB - mib) < 4


shared = mmap.mmap(-1, SIZE, flags=mmap.MAP_SHARED)    # (2)!
private = mmap.mmap(-1, SIZE, flags=mmap.MAP_PRIVATE)
for buf in (shared, private):
    buf.madvise(mmap.MADV_NOHUGEPAGE)
    buf[::PAGE] = b"P" * PAGES

pid = os.fork()
if pid == 0:
    try:
        shared[::PAGE] = b"C" * PAGES              # the child writes every page
        private[::PAGE] = b"C" * PAGES             # of both buffers
        private_dirty, shared_dirty = dirty(shared)
        print("child, MAP_SHARED : Shared_Dirty about 32 MiB, Private_Dirty about 0:",
              about(shared_dirty, 32) and about(private_dirty, 0))
        private_dirty, shared_dirty = dirty(private)
        print("child, MAP_PRIVATE: Private_Dirty about 32 MiB, Shared_Dirty about 0:",
              about(private_dirty, 32) and about(shared_dirty, 0))
    finally:
        sys.stdout.flush()
        os._exit(0)

os.waitpid(pid, 0)
print("parent sees the child's bytes in MAP_SHARED :", shared[::PAGE] == b"C" * PAGES)
print("parent sees the child's bytes in MAP_PRIVATE:", private[::PAGE] == b"C" * PAGES)
