"""The GIL, measured: two CPU-bound threads together use about one CPU; four
threads that sleep or wait for I/O wait at the same time."""
import os
import select
import threading
import time


def spin(seconds):
    """Run Python bytecode until this thread has used `seconds` of CPU time."""
    end = time.thread_time() + seconds             # (1)!
    while time.thread_time() < end:
        pass


def run_threads(target, args, n):
    threads = [threading.Thread(target=target, args=args) for _ in range(n)]
    wall, cpu = time.perf_counter(), time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - wall, time.process_time() - cpu


wall, cpu = run_threads(spin, (0.15,), 2)          # (2)!
print("2 CPU-bound threads: at most one CPU busy at a time (CPU time / wall time <= 1.2):",
      cpu / wall <= 1.2)

wall, _ = run_threads(time.sleep, (0.2,), 4)       # (3)!
print("4 threads sleeping 0.2 s each: done in under 0.6 s:", wall < 0.6)

r, w = os.pipe()                                   # nobody ever writes to it
wall, _ = run_threads(select.select, ([r], [], [], 0.2), 4)  # (4)!
print("4 threads waiting 0.2 s for input: done in under 0.6 s:", wall < 0.6)
os.close(r)
os.close(w)
