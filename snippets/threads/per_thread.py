"""What each thread has of its own: a thread ID, a stack, a signal mask,
thread-local data."""
import ctypes
import os
import signal
import threading

libc = ctypes.CDLL(None)
libc.pthread_self.restype = ctypes.c_ulong


def my_stack():
    """(lowest address, size) of the calling thread's stack, from the C library."""
    attr = ctypes.create_string_buffer(128)       # (1)!
    libc.pthread_getattr_np(ctypes.c_ulong(libc.pthread_self()), attr)
    addr, size = ctypes.c_void_p(), ctypes.c_size_t()
    libc.pthread_attr_getstack(attr, ctypes.byref(addr), ctypes.byref(size))
    libc.pthread_attr_destroy(attr)
    return addr.value, size.value


def mapping_of(address):
    """The /proc/self/maps line of the mapping that contains address."""
    with open("/proc/self/maps") as f:
        for line in f:
            low, high = (int(x, 16) for x in line.split()[0].split("-"))
            if low <= address < high:
                return line


def sigusr1_blocked():
    """Is SIGUSR1 in the calling thread's signal mask, as the kernel reports it?"""
    with open("/proc/thread-self/status") as f:   # (2)!
        for line in f:
            if line.startswith("SigBlk:"):
                return bool(int(line.split()[1], 16) >> (signal.SIGUSR1 - 1) & 1)


mine = threading.local()                          # (3)!
seen = {}


def report(who):
    stack = my_stack()
    top = mapping_of(stack[0] + stack[1] - 1)
    seen[who] = stack
    print(f"{who}: TID {threading.get_native_id()}, PID {os.getpid()}")
    print(f"{who}: its stack is the [stack] mapping: {top.rstrip().endswith('[stack]')}")
    print(f"{who}: SIGUSR1 blocked: {sigusr1_blocked()}")
    print(f"{who}: mine.name = {mine.name!r}", flush=True)


def worker():
    mine.name = "worker"
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})  # (4)!
    report("worker")


mine.name = "main"
thread = threading.Thread(target=worker)
thread.start()
thread.join()
report("main  ")
(low1, size1), (low2, size2) = seen["worker"], seen["main  "]
print("the two stacks overlap:", low1 < low2 + size2 and low2 < low1 + size1)
