"""A script needs a #! line. Without one, execve() fails with ENOEXEC; only the
C library's execvp() then retries with /bin/sh. Python's os.execvp does not."""
import ctypes
import errno
import os
import sys
import tempfile

libc = ctypes.CDLL(None, use_errno=True)


def glibc_execvp(file, args):
    """Call the C library's execvp() directly; it returns only on failure."""
    argv = (ctypes.c_char_p * (len(args) + 1))(*map(os.fsencode, args), None)
    libc.execvp(os.fsencode(file), argv)
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))


def attempt(label, run):
    pid = os.fork()
    if pid == 0:
        try:
            print(f"{label:36} -> ", end="", flush=True)
            run()
        except OSError as exc:
            print(f"{type(exc).__name__} errno {exc.errno} "
                  f"{errno.errorcode[exc.errno]} ({exc.strerror})", flush=True)
        finally:
            os._exit(127)
    os.waitpid(pid, 0)


with tempfile.TemporaryDirectory() as bindir:
    no_hashbang = os.path.join(bindir, "no-hashbang")
    with_hashbang = os.path.join(bindir, "with-hashbang")
    with open(no_hashbang, "w") as f:
        f.write('echo "a shell ran the script"\n')             # (1)!
    with open(with_hashbang, "w") as f:
        f.write('#!/bin/sh\necho "a shell ran the script"\n')  # (2)!
    for path in (no_hashbang, with_hashbang):
        os.chmod(path, 0o755)
    os.environ["PATH"] = bindir + os.pathsep + os.environ["PATH"]

    args = ["script"]
    attempt("os.execv('.../with-hashbang')", lambda: os.execv(with_hashbang, args))
    attempt("os.execv('.../no-hashbang')", lambda: os.execv(no_hashbang, args))
    attempt("os.execvp('no-hashbang')", lambda: os.execvp("no-hashbang", args))
    attempt("glibc execvp('no-hashbang')", lambda: glibc_execvp("no-hashbang", args))  # (3)!
    attempt("os.execv(a directory)", lambda: os.execv(bindir, args))  # (4)!
