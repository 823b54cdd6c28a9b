"""CPU-bound work: two threads of one process take turns under the GIL; two
processes each have their own interpreter, and their own GIL."""
import os
import resource
import threading
import time

N = 2_000_000      # loop iterations per worker: a fraction of a second
GAP = 0.001        # a pause of more than 1 ms ends a running interval


def spin():
    """Pure-Python CPU work; returns the intervals during which it ran."""
    intervals = []
    start = last = time.monotonic()
    for _ in range(N):
        now = time.monotonic()
        if now - last > GAP:                   # (1)!
            intervals.append((start, last))
            start = now
        last = now
    intervals.append((start, last))
    return intervals


def overlap(a, b):
    """Total time during which an interval of a and one of b overlap."""
    return sum(max(0.0, min(end1, end2) - max(start1, start2))
               for start1, end1 in a for start2, end2 in b)


def cpu_seconds(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


# Two processes, forked while this program has a single thread.
wall, cpu = time.monotonic(), cpu_seconds(resource.RUSAGE_CHILDREN)
pids = []
for _ in range(2):
    pid = os.fork()
    if pid == 0:
        try:
            spin()
        finally:
            os._exit(0)
    pids.append(pid)
for pid in pids:
    os.waitpid(pid, 0)
process_ratio = ((cpu_seconds(resource.RUSAGE_CHILDREN) - cpu)  # (2)!
                 / (time.monotonic() - wall))

# Two threads.
intervals = {}


def run(name):
    intervals[name] = spin()


wall, cpu = time.monotonic(), cpu_seconds(resource.RUSAGE_SELF)
workers = [threading.Thread(target=run, args=(name,)) for name in ("a", "b")]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
wall = time.monotonic() - wall
thread_ratio = (cpu_seconds(resource.RUSAGE_SELF) - cpu) / wall
together = overlap(intervals["a"], intervals["b"])  # (3)!

print("2 threads  : ran at the same moment for more than 1% of the time:",
      together > 0.01 * wall)
print("2 threads  : CPU time / wall time <= 1.2 (one CPU at a time):", thread_ratio <= 1.2)
print("2 processes: CPU time / wall time <= 2.2 (one CPU each at most):", process_ratio <= 2.2)
