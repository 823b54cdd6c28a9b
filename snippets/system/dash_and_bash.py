"""The same commands given to dash and to bash, each started the way system()
starts /bin/sh, with the raw wait status that system() would return."""
import os
import shlex
import shutil
import sys

kill_self = "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"
COMMANDS = [
    ("exit -1", "exit -1"),
    ("an external command killed by SIGTERM",
     f"{shlex.quote(sys.executable)} -c {shlex.quote(kill_self)}"),
    (r"echo 'a\tb'", r"echo 'a\tb'"),
]


def read_all(fd):
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode()


def run(shell, command):
    """Run command as system() would if /bin/sh were this shell."""
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.posix_spawn(shell, ["sh", "-c", command], os.environ,  # (1)!
                         file_actions=[(os.POSIX_SPAWN_DUP2, out_w, 1),
                                       (os.POSIX_SPAWN_DUP2, err_w, 2)])
    os.close(out_w)
    os.close(err_w)
    out, err = read_all(out_r), read_all(err_r)  # (2)!
    _, status = os.waitpid(pid, 0)
    return status, show(out), show(err)


def show(text):
    """One line, in quotes, with a tab made visible."""
    return '"' + text.removesuffix("\n").replace("\t", "<TAB>") + '"'


shells = {}
for name in ("dash", "bash"):
    path = shutil.which(name)
    if path is None:
        print(f"{name} is not installed here: its lines are missing")  # (3)!
    else:
        shells[name] = path

for label, command in COMMANDS:
    print(label)
    for name, path in shells.items():
        status, out, err = run(path, command)
        print(f"  {name}: status {status:5}, exit code "
              f"{os.waitstatus_to_exitcode(status):3}, "
              f"stdout {out}, stderr {err}")
