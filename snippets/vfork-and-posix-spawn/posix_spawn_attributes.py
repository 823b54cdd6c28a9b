"""What else os.posix_spawn() can set up in the child before its program starts:
a file opened as stdout, a closed descriptor, a new process group, a new session."""
import os
import sys
import tempfile

# The child reports its process group, its session and whether it has a stdin.
REPORT = "import os, sys; print(os.getpgid(0), os.getsid(0), sys.stdin is not None)"

CASES = [
    ("defaults", [], {}),
    ("setpgroup=0", [], {"setpgroup": 0}),
    ("setsid=True", [], {"setsid": True}),
    ("POSIX_SPAWN_CLOSE fd 0", [(os.POSIX_SPAWN_CLOSE, 0)], {}),
]

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "out.txt")
    for label, more_actions, attributes in CASES:
        pid = os.posix_spawn(
            sys.executable, [sys.executable, "-c", REPORT], os.environ,
            file_actions=[
                # the child opens the file as its fd 1 (stdout)
                (os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
                *more_actions,
            ],
            **attributes)
        os.waitpid(pid, 0)
        with open(out) as f:
            pgid, sid, stdin_open = f.read().split()
        own_group, own_session = int(pgid) == pid, int(sid) == pid
        print(f"{label:22}: own process group: {own_group!s:5}  "
              f"own session: {own_session!s:5}  stdin open: {stdin_open}")
