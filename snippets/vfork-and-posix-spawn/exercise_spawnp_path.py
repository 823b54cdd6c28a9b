"""Exercise: which PATH does os.posix_spawnp() search, the caller's or env's?"""
import os
import tempfile


def attempt(label, env):
    read_end, write_end = os.pipe()
    try:
        pid = os.posix_spawnp("greet", ["greet"], env,
                              file_actions=[(os.POSIX_SPAWN_DUP2, write_end, 1)])
    except FileNotFoundError:
        result = "FileNotFoundError"
    else:
        os.waitpid(pid, 0)
        result = None
    os.close(write_end)
    with open(read_end) as pipe:
        print(f"{label}: {result or pipe.read().strip()}")


with tempfile.TemporaryDirectory() as bin_dir:
    with open(os.path.join(bin_dir, "greet"), "w") as f:
        f.write("#!/bin/sh\necho hello from greet\n")
    os.chmod(os.path.join(bin_dir, "greet"), 0o755)

    attempt("1. PATH set only in env", {"PATH": bin_dir})
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ["PATH"]
    attempt("2. PATH set in os.environ, env={}", {})
