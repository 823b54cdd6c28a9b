"""How os.posix_spawn() fails: an exception in the parent, and no child to reap."""
import errno
import os
import tempfile


def attempt(label, spawn, program, file_actions=()):
    try:
        pid = spawn(program, [program, "-c", "exit 0"], os.environ,
                    file_actions=list(file_actions))
    except OSError as exc:
        try:
            os.waitpid(-1, os.WNOHANG)
            left = "a child is left"
        except ChildProcessError:
            left = "no child left to reap"
        print(f"{label}: {type(exc).__name__} {errno.errorcode[exc.errno]} "
              f"naming {exc.filename!r}; {left}")
    else:
        _, status = os.waitpid(pid, 0)
        print(f"{label}: ran, exit code {os.waitstatus_to_exitcode(status)}")


closed_fd = os.open(os.devnull, os.O_RDONLY)
os.close(closed_fd)                       # a descriptor number that is not open

with tempfile.TemporaryDirectory() as empty:
    os.chdir(empty)                       # no ./sh here
    attempt("posix_spawn('sh')    ", os.posix_spawn, "sh")
    attempt("posix_spawnp('sh')   ", os.posix_spawnp, "sh")
    attempt("OPEN in a missing dir", os.posix_spawn, "/bin/sh",
            [(os.POSIX_SPAWN_OPEN, 1, "/no/such/dir/out.txt", os.O_WRONLY | os.O_CREAT, 0o600)])
    attempt("DUP2 of a closed fd  ", os.posix_spawn, "/bin/sh",
            [(os.POSIX_SPAWN_DUP2, closed_fd, 1)])
    os.chdir("/")
