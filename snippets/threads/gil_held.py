"""One thread at a time runs Python bytecode: while the main thread is inside a
long C function that holds the GIL, a busy worker thread makes no progress;
while the main thread sleeps, the worker runs."""
import os
import sys
import threading
import time

count = 0
stop = False


def spin():
    global count
    while not stop:
        count += 1
        os.sched_yield()                           # (1)!


sys.setswitchinterval(60)                          # (2)!
worker = threading.Thread(target=spin)
worker.start()
while count == 0:                                  # wait until the worker runs
    os.sched_yield()

before = count
total = sum(range(10_000_000))                     # (3)!
during_c_call = count - before

before = count
time.sleep(0.2)                                    # (4)!
during_sleep = count - before

stop = True
worker.join()
sys.setswitchinterval(0.005)
print("the worker ran while the main thread was in sum():", during_c_call > 0)
print("the worker ran while the main thread slept:", during_sleep > 0)
