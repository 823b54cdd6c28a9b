"""What a new thread costs: a kernel task, and a stack that the C library maps
for it (by default as large as RLIMIT_STACK, usually 8 MiB): much address
space, little memory."""
import ctypes
import resource
import threading

N = 4
KiB, MiB = 1024, 1024 * 1024
libc = ctypes.CDLL(None)
libc.pthread_self.restype = ctypes.c_ulong


def my_stack_size():
    """Size of the calling thread's stack, as the C library allocated it."""
    attr = ctypes.create_string_buffer(128)
    libc.pthread_getattr_np(ctypes.c_ulong(libc.pthread_self()), attr)
    size = ctypes.c_size_t()
    libc.pthread_attr_getstacksize(attr, ctypes.byref(size))
    libc.pthread_attr_destroy(attr)
    return size.value


def status_field(name):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(name + ":"):
                return int(line.split()[1])        # VmSize and VmRSS are in kB


def run_threads(n):
    """Start n threads, measure while they all exist, then end them."""
    ready, finish, sizes = threading.Barrier(n + 1), threading.Event(), []

    def worker():
        sizes.append(my_stack_size())
        ready.wait()
        finish.wait()

    vm_before, rss_before = status_field("VmSize"), status_field("VmRSS")
    threads = [threading.Thread(target=worker) for _ in range(n)]
    for t in threads:
        t.start()
    ready.wait()                                   # all n threads exist now
    vm_grew = (status_field("VmSize") - vm_before) * KiB
    rss_grew = (status_field("VmRSS") - rss_before) * KiB
    tasks = status_field("Threads")
    finish.set()
    for t in threads:
        t.join()
    return vm_grew, rss_grew, tasks, sizes


limit = resource.getrlimit(resource.RLIMIT_STACK)[0]
print("threading.stack_size():", threading.stack_size())  # (1)!
vm_grew, rss_grew, tasks, sizes = run_threads(N)
print(f"while {N} threads wait: Threads = {tasks}")
print("each thread's stack is as large as RLIMIT_STACK:",  # (2)!
      all(size == limit for size in sizes))
print("VmSize grew by at least 1 MiB per thread:", vm_grew >= N * MiB)  # (3)!
print("VmRSS grew by less than 1 MiB per thread:", rss_grew < N * MiB)  # (4)!

threading.stack_size(256 * KiB)                    # (5)!
_, _, tasks, sizes = run_threads(N)
print("after threading.stack_size(256 KiB), each new stack is 256 KiB:",
      all(size == 256 * KiB for size in sizes))
