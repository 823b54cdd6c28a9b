"""Exercise: what does the file contain in each case?"""
import os
import tempfile


def run(open_before_fork):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "log.txt")
        if open_before_fork:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT)
        pid = os.fork()
        if pid == 0:
            try:
                if not open_before_fork:
                    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
                os.write(fd, b"child\n")
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        if not open_before_fork:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT)
        os.write(fd, b"parent\n")
        os.close(fd)
        with open(path, "rb") as f:
            return f.read()


print("opened before fork():", run(True))
print("opened after fork(): ", run(False))
