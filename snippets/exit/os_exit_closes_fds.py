"""os._exit() skips Python's buffers and atexit handlers, but the kernel still
closes every file descriptor of the exiting process."""
import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    try:
        os.close(r)
        os.write(w, b"written with os.write()\n")        # (1)!
        out = open(w, "w", closefd=False)
        out.write("written to a Python file object\n")  # (2)!
    finally:
        os._exit(0)                                      # (3)!

os.close(w)                     # now only the child holds the write end
received = b""
while chunk := os.read(r, 1024):    # b"" (end of file) once no process holds it
    received += chunk
os.waitpid(pid, 0)
print("parent reached end of file: the child's write end was closed")
for line in received.decode().splitlines():
    print(f"parent received: {line!r}")
