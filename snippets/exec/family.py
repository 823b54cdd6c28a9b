"""The eight os.exec* functions run the same program. l or v: how the
arguments are passed; p: search PATH; e: pass a new environment."""
import inspect
import os
import sys
import tempfile

# The program that every exec runs: a script that reports what it received.
SHOW_ARGS = f"""#!{sys.executable}
import os, sys
print(f"  -> show-args got {{sys.argv[1:]}}, GREETING={{os.environ.get('GREETING')!r}}")
"""

with tempfile.TemporaryDirectory() as tmp:
    bindir = os.path.join(tmp, "bin")
    os.mkdir(bindir)
    prog = os.path.join(bindir, "show-args")
    with open(prog, "w") as f:
        f.write(SHOW_ARGS)
    os.chmod(prog, 0o755)
    prog_fd = os.open(prog, os.O_RDONLY)
    os.set_inheritable(prog_fd, True)  # (1)!

    os.environ["GREETING"] = "from the caller"                  # inherited by default
    os.environ["PATH"] = bindir + os.pathsep + os.environ["PATH"]  # for the p variants
    new_env = {"GREETING": "from the new env", "PATH": bindir}      # for the e variants

    args = ["show-args", "1", "2"]  # for the v variants
    calls = [  # (2)!
        ("os.execl", os.execl, lambda: os.execl(prog, "show-args", "1", "2")),
        ("os.execle", os.execle, lambda: os.execle(prog, "show-args", "1", "2", new_env)),
        ("os.execlp", os.execlp, lambda: os.execlp("show-args", "show-args", "1", "2")),
        ("os.execlpe", os.execlpe,
         lambda: os.execlpe("show-args", "show-args", "1", "2", new_env)),
        ("os.execv", os.execv, lambda: os.execv(prog, args)),
        ("os.execve", os.execve, lambda: os.execve(prog, args, new_env)),
        ("os.execvp", os.execvp, lambda: os.execvp("show-args", args)),
        ("os.execvpe", os.execvpe, lambda: os.execvpe("show-args", args, new_env)),
        ("os.execve(fd,...)", os.execve, lambda: os.execve(prog_fd, args, new_env)),  # (3)!
    ]
    for label, func, call in calls:
        where = "Python code in os.py" if inspect.isfunction(func) else "built in (C)"  # (4)!
        print(f"{label:18} {where}", flush=True)
        pid = os.fork()
        if pid == 0:
            try:
                call()
            finally:
                os._exit(127)  # reached only if the exec failed
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    os.close(prog_fd)
