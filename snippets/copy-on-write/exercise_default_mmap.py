"""Exercise: the child overwrites three buffers made before fork().
Which of its writes does the parent see?"""
import mmap
import os

array = bytearray(b"parent")
default = mmap.mmap(-1, 4096)                               # default flags
private = mmap.mmap(-1, 4096, flags=mmap.MAP_PRIVATE)
default[:6] = private[:6] = b"parent"

pid = os.fork()
if pid == 0:
    try:
        array[:6] = default[:6] = private[:6] = b"child!"
    finally:
        os._exit(0)
os.waitpid(pid, 0)
print("bytearray                   :", bytes(array))
print("mmap(-1, 4096)              :", default[:6])
print("mmap(-1, 4096, MAP_PRIVATE) :", private[:6])
