"""Copy-on-write copies whole pages: N bytes spread over N pages copy N pages,
the same N bytes inside one page copy one page. Code is never copied."""
import mmap
import os

PAGE = mmap.PAGESIZE
N = 1024                         # bytes each child writes: always fits in one page


def private_dirty():
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1]) * 1024


def code_dirty():
    """Dirty bytes in the executable mappings (the program's machine code)."""
    total, executable = 0, False
    with open("/proc/self/smaps") as f:  # (1)!
        for line in f:
            fields = line.split()
            if "-" in fields[0]:                   # a mapping's header line
                executable = "x" in fields[1]      # permissions such as r-xp
            elif executable and fields[0] in ("Private_Dirty:", "Shared_Dirty:"):
                total += int(fields[1]) * 1024
    return total


def pages_copied_by_child(write):
    """Fork a child that calls write(); return (pages it copied, its dirty code bytes)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            private_dirty()                        # warm up
            before = private_dirty()
            write()
            pages = (private_dirty() - before) // PAGE
            os.write(w, f"{pages} {code_dirty()}".encode())  # (2)!
        finally:
            os._exit(0)
    os.close(w)
    answer = os.read(r, 100).split()
    os.close(r)
    os.waitpid(pid, 0)
    return int(answer[0]), int(answer[1])


buf = mmap.mmap(-1, N * PAGE, flags=mmap.MAP_PRIVATE)
buf.madvise(mmap.MADV_NOHUGEPAGE)
buf[::PAGE] = b"P" * N           # the parent writes every page before fork()
DATA = b"C" * N                  # made before fork(): the children allocate nothing


def spread():
    buf[::PAGE] = DATA           # byte 0 of each of N pages


def packed():
    buf[:N] = DATA               # N bytes, all in the first page


pages, code = pages_copied_by_child(spread)
print(f"{N} bytes, one in each of {N} pages: about {N} pages copied:", N <= pages < N + 64)
print("  and no page of code:", code == 0)
pages, code = pages_copied_by_child(packed)
print(f"{N} bytes, all inside one page: a few pages copied, not {N}:", pages < 64)  # (3)!
print("  and no page of code:", code == 0)
