"""Which PATH do the execvpe functions search: the caller's, or the one in the
new environment? Python's os.execvpe and glibc's execvpe() disagree."""
import ctypes
import errno
import os
import sys
import tempfile

libc = ctypes.CDLL(None, use_errno=True)


def glibc_execvpe(file, args, env):
    """Call the C library's execvpe() (a GNU extension); it returns only on failure."""
    def strings(items):
        return (ctypes.c_char_p * (len(items) + 1))(*map(os.fsencode, items), None)
    libc.execvpe(os.fsencode(file), strings(args),
                 strings([f"{k}={v}" for k, v in env.items()]))
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))


def attempt(label, execvpe, caller_path, new_env_path):
    pid = os.fork()
    if pid == 0:
        try:
            os.environ["PATH"] = caller_path  # (1)!
            print(f"  {label:13} -> ", end="", flush=True)
            execvpe("show-args", ["show-args"], {"PATH": new_env_path})
        except OSError as exc:
            print(f"{type(exc).__name__} ({errno.errorcode[exc.errno]})", flush=True)
        finally:
            os._exit(127)
    os.waitpid(pid, 0)


with tempfile.TemporaryDirectory() as bindir:
    prog = os.path.join(bindir, "show-args")
    with open(prog, "w") as f:
        f.write(f"#!{sys.executable}\nprint('found and ran show-args')\n")
    os.chmod(prog, 0o755)
    elsewhere = "/usr/bin:/bin"  # directories without show-args

    print("show-args only in the caller's PATH:", flush=True)
    attempt("os.execvpe", os.execvpe, bindir, elsewhere)
    attempt("glibc execvpe", glibc_execvpe, bindir, elsewhere)
    print("show-args only in the new environment's PATH:", flush=True)
    attempt("os.execvpe", os.execvpe, elsewhere, bindir)
    attempt("glibc execvpe", glibc_execvpe, elsewhere, bindir)
