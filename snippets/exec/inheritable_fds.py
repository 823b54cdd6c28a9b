"""Since Python 3.4 (PEP 446) the fds Python creates are close-on-exec:
exec closes them unless you make them inheritable."""
import fcntl
import os
import sys
import tempfile

NEW_PROGRAM = """
import os, sys
for name, fd in zip(["default fd", "inheritable fd"], map(int, sys.argv[1:])):
    try:
        print(f"  {name:15}: open, reads {os.read(fd, 100)!r}")
    except OSError as exc:
        print(f"  {name:15}: closed ({exc.strerror})")
"""


def describe(name, fd):
    cloexec = bool(fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
    print(f"  {name:15}: get_inheritable() -> {os.get_inheritable(fd)}, "
          f"FD_CLOEXEC set: {cloexec}")


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt")
    with open(path, "w") as f:
        f.write("hello")
    default_fd = os.open(path, os.O_RDONLY)      # (1)!
    inheritable_fd = os.open(path, os.O_RDONLY)
    os.set_inheritable(inheritable_fd, True)     # (2)!

    print("before exec:")
    describe("default fd", default_fd)
    describe("inheritable fd", inheritable_fd)
    print("  stdin, stdout, stderr inheritable:", all(map(os.get_inheritable, (0, 1, 2))))
    print("after exec:", flush=True)

    pid = os.fork()
    if pid == 0:
        try:
            os.execv(sys.executable, [sys.executable, "-c", NEW_PROGRAM,
                                      str(default_fd), str(inheritable_fd)])
        finally:
            os._exit(127)
    os.waitpid(pid, 0)
    os.close(default_fd)
    os.close(inheritable_fd)
