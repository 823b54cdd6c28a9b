"""Exercise: file actions run in order. Where do "out" and "err" end up?"""
import os
import tempfile

SCRIPT = "echo out; echo err >&2"


def run(label, redirections):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "log.txt")
        read_end, write_end = os.pipe()
        to_file = (os.POSIX_SPAWN_OPEN, 1, path, os.O_WRONLY | os.O_CREAT, 0o600)
        stderr_to_stdout = (os.POSIX_SPAWN_DUP2, 1, 2)
        actions = [(os.POSIX_SPAWN_DUP2, write_end, 1)]   # start: stdout = the pipe
        actions += [to_file if step == "file" else stderr_to_stdout
                    for step in redirections]
        pid = os.posix_spawn("/bin/sh", ["sh", "-c", SCRIPT], os.environ,
                             file_actions=actions)
        os.close(write_end)
        with open(read_end) as pipe:
            in_pipe = pipe.read().split()
        os.waitpid(pid, 0)
        with open(path) as f:
            in_file = f.read().split()
        print(f"{label}: file {in_file}, pipe {in_pipe}")


run("A: >log.txt 2>&1", ["file", "dup"])
run("B: 2>&1 >log.txt", ["dup", "file"])
