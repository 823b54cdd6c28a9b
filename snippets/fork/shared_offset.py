"""A forked child's file descriptors share the parent's open file descriptions:
one file offset for both processes."""
import os
import tempfile

with tempfile.TemporaryFile() as f:
    f.write(b"0123456789")
    f.flush()
    fd = f.fileno()
    os.lseek(fd, 0, os.SEEK_SET)

    pid = os.fork()
    if pid == 0:
        try:
            print(f"child : read {os.read(fd, 4)!r} through the inherited fd", flush=True)
        finally:
            os._exit(0)

    os.waitpid(pid, 0)
    print(f"parent: offset is now {os.lseek(fd, 0, os.SEEK_CUR)}, "
          f"next read gives {os.read(fd, 3)!r}")
