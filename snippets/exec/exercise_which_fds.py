"""Exercise: which of these file descriptors are still open after exec?"""
import os
import socket
import sys
import tempfile

NEW_PROGRAM = """
import os, sys
for item in sys.argv[1:]:
    name, fd = item.rsplit("=", 1)
    try:
        os.fstat(int(fd))
        print(f"{name:28} open")
    except OSError:
        print(f"{name:28} closed")
"""

with tempfile.TemporaryFile() as f:
    r, w = os.pipe()
    s1, s2 = socket.socketpair()
    fd = os.open(os.devnull, os.O_RDONLY)
    os.set_inheritable(fd, True)
    fds = {
        "open(...).fileno()": f.fileno(),
        "os.pipe()": r,
        "socket.socketpair()": s1.fileno(),
        "os.dup(fd)": os.dup(r),
        "os.dup2(fd, 10)": os.dup2(r, 10),
        "os.set_inheritable(fd, True)": fd,
        "sys.stdout.fileno()": sys.stdout.fileno(),
    }
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            os.execv(sys.executable, [sys.executable, "-c", NEW_PROGRAM] +
                     [f"{name}={number}" for name, number in fds.items()])
        finally:
            os._exit(127)
    os.waitpid(pid, 0)
    for number in {r, w, fd, fds["os.dup(fd)"], 10}:
        os.close(number)
    s1.close()
    s2.close()
