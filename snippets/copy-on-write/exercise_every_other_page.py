"""Exercise: the child writes one byte in every other page of a 64 MiB buffer.
By how much does its Private_Dirty grow?"""
import mmap
import os

MiB = 1 << 20
PAGE = mmap.PAGESIZE
SIZE = 64 * MiB


def private_dirty():
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1]) * 1024


buf = mmap.mmap(-1, SIZE, flags=mmap.MAP_PRIVATE)
buf.madvise(mmap.MADV_NOHUGEPAGE)
buf[::PAGE] = b"P" * (SIZE // PAGE)
data = b"C" * (SIZE // PAGE // 2)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    try:
        private_dirty()
        before = private_dirty()
        buf[::2 * PAGE] = data                     # pages 0, 2, 4, ...
        os.write(w, str(private_dirty() - before).encode())
    finally:
        os._exit(0)
os.close(w)
grew = int(os.read(r, 100))
os.waitpid(pid, 0)
# Rounded to a multiple of 4 MiB: the interpreter's own few pages do not show.
print(f"the child's Private_Dirty grew by about {4 * round(grew / MiB / 4)} MiB")
