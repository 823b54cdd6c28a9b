"""Exercise: two threads each wait 0.5 s, as a thread that waits for the
network or the disk would. Do their waits overlap, or take turns?"""
import threading
import time

WAIT = 0.5
both_ready = threading.Barrier(2)
waits = {}


def wait(name):
    both_ready.wait()                     # start the two waits together
    start = time.monotonic()
    time.sleep(WAIT)
    waits[name] = (start, time.monotonic())


workers = [threading.Thread(target=wait, args=(name,)) for name in ("a", "b")]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
(start_a, end_a), (start_b, end_b) = waits["a"], waits["b"]
print("the two waits overlapped in time:", max(start_a, start_b) < min(end_a, end_b))
