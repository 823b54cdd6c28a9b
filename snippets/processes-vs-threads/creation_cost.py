"""What it costs to start a worker and wait for its end: a thread, a forked
process, and a fresh Python interpreter (what multiprocessing's spawn starts)."""
import os
import resource
import subprocess
import sys
import threading

N = 100       # workers started one after the other in a batch
RUNS = 7      # batches; the cheapest counts
RATIO = 3     # a wide margin: the measured gaps are much larger


def cpu_seconds():  # (1)!
    """CPU time used so far by this process and by the children it reaped."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def fork_and_wait():
    pid = os.fork()
    if pid == 0:
        try:
            pass                      # the worker's job would go here
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def new_interpreter():
    subprocess.run([sys.executable, "-I", "-c", "pass"], check=True)


def thread_and_join():
    worker = threading.Thread(target=int)     # int() does nothing much
    worker.start()
    worker.join()


def cost(start, n):
    """CPU time of one start, in the cheapest of a few batches of n."""
    costs = []
    for _ in range(RUNS):
        before = cpu_seconds()
        for _ in range(n):
            start()
        costs.append((cpu_seconds() - before) / n)
    return min(costs)  # (2)!


process = cost(fork_and_wait, N)     # (3)!
interpreter = cost(new_interpreter, 1)
thread = cost(thread_and_join, N)

print(f"thread vs forked process: the thread cost at least {RATIO}x less CPU time:",
      process >= RATIO * thread)
print(f"forked process vs new interpreter: the fork cost at least {RATIO}x less:",
      interpreter >= RATIO * process)
