"""Whoever writes first gets the copy: here the parent writes after fork()
while its child only looks."""
import mmap
import os
import sys

MiB = 1 << 20
PAGE = mmap.PAGESIZE
SIZE = 64 * MiB


def private_dirty():
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1]) * 1024


def about(nbytes, mib):
    return abs(nbytes / MiB - mib) < 4


buf = mmap.mmap(-1, SIZE, flags=mmap.MAP_PRIVATE)
buf.madvise(mmap.MADV_NOHUGEPAGE)
buf[::PAGE] = b"P" * (SIZE // PAGE)
ready_r, ready_w = os.pipe()     # child -> parent: "I have taken my first reading"
go_r, go_w = os.pipe()           # parent -> child: "I have written the buffer"

pid = os.fork()
if pid == 0:
    try:
        private_dirty()
        before = private_dirty()
        os.write(ready_w, b"r")
        os.read(go_r, 1)                           # (1)!
        grew = private_dirty() - before
        print("child : still sees the old bytes:", buf[::PAGE] == b"P" * (SIZE // PAGE))
        print("child : wrote nothing, yet its Private_Dirty grew by about 64 MiB:",
              about(grew, 64))                  # (2)!
    finally:
        sys.stdout.flush()
        os._exit(0)

os.read(ready_r, 1)
private_dirty()
before = private_dirty()
buf[::PAGE] = b"Q" * (SIZE // PAGE)                # the parent writes first
grew = private_dirty() - before
os.write(go_w, b"g")
os.waitpid(pid, 0)
print("parent: sees its new bytes:", buf[::PAGE] == b"Q" * (SIZE // PAGE))
print("parent: its Private_Dirty grew by about 64 MiB (it made the copies):", about(grew, 64))
