"""The cost of starting a small program from a parent with a big heap:
fork() + exec against posix_spawn(), and subprocess with and without preexec_fn."""
import mmap
import os
import resource
import subprocess

# 1 GiB, but at least 65,536 pages: 4 GiB where pages are 64 KiB.
SIZE = max(1 << 30, 65536 * mmap.PAGESIZE)  # (1)!
RATIO = 3     # a wide margin: the measured gap is much larger


def fork_exec():
    pid = os.fork()
    if pid == 0:
        try:
            os.execv("/bin/true", ["true"])
        finally:
            os._exit(127)
    os.waitpid(pid, 0)


def spawn():
    os.waitpid(os.posix_spawn("/bin/true", ["true"], os.environ), 0)


def run_default():
    subprocess.run(["true"], check=True)


def run_preexec():
    subprocess.run(["true"], check=True, preexec_fn=lambda: None)


def cpu_seconds():  # (2)!
    """CPU time used so far by this process and by the children it reaped."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def cost(start, runs=7):
    """The lowest CPU time, parent and child together, of a few launches."""
    costs = []
    for _ in range(runs):
        before = cpu_seconds()
        start()
        costs.append(cpu_seconds() - before)
    return min(costs)


small = cost(fork_exec)             # the parent is still small here

# The big heap: private memory in base pages, every page written once.
memory = mmap.mmap(-1, SIZE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
memory.madvise(mmap.MADV_NOHUGEPAGE)  # (3)!
chunk = b"x" * (1 << 20)
for offset in range(0, SIZE, len(chunk)):
    memory[offset:offset + len(chunk)] = chunk

c = {f.__name__: cost(f) for f in (fork_exec, spawn, run_default, run_preexec)}
more = f"at least {RATIO}x more CPU time"
print(f"fork+exec, big parent vs small: {more}: "
      f"{c['fork_exec'] >= RATIO * small}")
print(f"big parent, fork+exec vs posix_spawn: {more}: "
      f"{c['fork_exec'] >= RATIO * c['spawn']}")
print(f"big parent, run() with vs without preexec_fn: {more}: "
      f"{c['run_preexec'] >= RATIO * c['run_default']}")
memory.close()
