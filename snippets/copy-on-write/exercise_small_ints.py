"""Exercise: a child only reads two lists of a million ints each.
Which of the two loops makes it copy memory?"""
import os

N = 1_000_000


def private_dirty():
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1]) * 1024


def copied_by_child(numbers):
    """Bytes a forked child copies while it loops over numbers."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            private_dirty()
            before = private_dirty()
            for n in numbers:                      # only reads
                pass
            os.write(w, str(private_dirty() - before).encode())
        finally:
            os._exit(0)
    os.close(w)
    grew = int(os.read(r, 100))
    os.close(r)
    os.waitpid(pid, 0)
    return grew


small = [i % 100 for i in range(N)]          # 0, 1, ..., 99, 0, 1, ...
before = private_dirty()
large = [1000 + i for i in range(N)]         # 1000, 1001, ..., 1000999
large_size = private_dirty() - before        # the ints and the list's pointers


def verdict(nbytes):
    """Compare a copy with the memory that `large` takes."""
    share = nbytes / large_size
    if share < 0.05:
        return "almost nothing"
    if share > 0.5:
        return "most of what `large` takes"
    return "some memory"


print("a child reading `small` copied:", verdict(copied_by_child(small)))
print("a child reading `large` copied:", verdict(copied_by_child(large)))
