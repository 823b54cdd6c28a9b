"""fork + exec, with the exec error sent back to the parent through a
close-on-exec pipe: EOF means the exec succeeded, bytes carry the errno."""
import os
import sys


def spawn(argv, stdin_fd):
    """Start argv in a child with stdin_fd as its stdin. Return the child's PID,
    or raise the OSError that its exec raised."""
    err_r, err_w = os.pipe()  # (1)!
    pid = os.fork()
    if pid == 0:
        try:
            os.close(err_r)
            os.dup2(stdin_fd, 0)  # (2)!
            os.execvp(argv[0], argv)
        except OSError as exc:
            os.write(err_w, str(exc.errno).encode())  # (3)!
        finally:
            os._exit(127)
    os.close(err_w)
    with open(err_r, "rb") as err:
        report = err.read()  # (4)!
    if not report:
        return pid
    os.waitpid(pid, 0)  # (5)!
    code = int(report)
    raise OSError(code, os.strerror(code), argv[0])


PROGRAM = "import sys; print('  the new program read', repr(sys.stdin.read()))"

go_r, go_w = os.pipe()
pid = spawn([sys.executable, "-c", PROGRAM], go_r)
os.close(go_r)
print(f"spawn(python) returned PID {pid}: the exec succeeded")
print("  still running, waiting for its stdin:", os.waitpid(pid, os.WNOHANG) == (0, 0), flush=True)
os.write(go_w, b"go")
os.close(go_w)  # (6)!
_, status = os.waitpid(pid, 0)
print(f"  exited with code {os.waitstatus_to_exitcode(status)}")

try:
    pid = spawn(["no-such-command", "--help"], 0)
except OSError as exc:
    print(f"spawn(no-such-command) raised {type(exc).__name__}: {exc}")
