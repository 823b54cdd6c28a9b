"""gc.freeze() before fork() keeps the garbage collector's hands off the
inherited objects, but not the reference counts."""
import gc
import os

N = 1_000_000
gc.disable()                     # (1)!


def private_dirty():
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1]) * 1024


def share_copied_by_child(action):
    """Fork a child that calls action(); return the share of the data it copied."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            gc.enable()                            # (2)!
            private_dirty()                        # warm up
            before = private_dirty()
            action()
            os.write(w, str(private_dirty() - before).encode())
        finally:
            os._exit(0)
    os.close(w)
    grew = int(os.read(r, 100))
    os.close(r)
    os.waitpid(pid, 0)
    return grew / data_size


before = private_dirty()
data = [[] for _ in range(N)]
data_size = private_dirty() - before
gc.freeze()                      # (3)!
print("objects moved to the permanent generation:", gc.get_freeze_count() >= N)


def collect_garbage():
    gc.collect()


def read_every_object():
    for item in data:
        len(item)


print("child that runs gc.collect()   : copied almost none of the data:",
      share_copied_by_child(collect_garbage) < 0.1)
print("child that only reads the data : still copied most of it:",
      share_copied_by_child(read_every_object) > 0.5)
