"""Memory: a new thread lives in its parent's address space, a new process
gets an address space of its own, whose pages are copied when written."""
import mmap
import os
import threading

MiB = 1 << 20
PAGE = mmap.PAGESIZE
SIZE = 64 * MiB


def counters(pid="self"):
    """VmSize from /proc/<pid>/status, Private_Dirty from smaps_rollup, in bytes."""
    with open(f"/proc/{pid}/status") as f:
        status = dict(line.split(":", 1) for line in f)
    with open(f"/proc/{pid}/smaps_rollup") as f:
        rollup = dict(line.split(":", 1) for line in f if ":" in line)
    return (int(status["VmSize"].split()[0]) * 1024,
            int(rollup["Private_Dirty"].split()[0]) * 1024)


buf = mmap.mmap(-1, SIZE, flags=mmap.MAP_PRIVATE)  # the workers' data
buf.madvise(mmap.MADV_NOHUGEPAGE)
buf[::PAGE] = b"P" * (SIZE // PAGE)                # every page written once


def write_every_page():
    buf[::PAGE] = b"W" * (SIZE // PAGE)


# A process: forked first, while this program has one thread.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    try:
        counters()                                 # warm up
        _, idle = counters()                       # (1)!
        write_every_page()
        _, after = counters()
        os.write(w, f"{idle} {after - idle}".encode())
    finally:
        os._exit(0)
os.close(w)
child_idle, child_grew = map(int, os.read(r, 100).split())
os.close(r)
os.waitpid(pid, 0)

# A thread: it waits, so that we can measure it while it exists.
started, finish = threading.Event(), threading.Event()


def idle_worker():
    started.set()
    finish.wait()


size0, private0 = counters()
worker = threading.Thread(target=idle_worker)
worker.start()
started.wait()
size1, private1 = counters()                       # (2)!
finish.set()
worker.join()

_, before = counters()
worker = threading.Thread(target=write_every_page)
worker.start()
worker.join()
_, after = counters()                              # (3)!

print("a new thread, idle:")
print("  address space of the process (VmSize) grew by 1 MiB or more:", size1 - size0 >= MiB)
print("  private memory of the process grew by less than 1 MiB      :", private1 - private0 < MiB)
print("a new process, idle:")
print("  its own private memory is less than a quarter of the buffer:", child_idle < SIZE / 4)
print("the worker writes every page of a 64 MiB buffer:")
print("  a thread : the process's private memory grew by < 4 MiB    :", after - before < 4 * MiB)
print("  a process: the child's private memory grew by about 64 MiB :",
      abs(child_grew / MiB - 64) < 4)
