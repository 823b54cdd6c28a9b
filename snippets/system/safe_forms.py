"""Three safe ways to pass the same "file name": shlex.quote(), shlex.join(),
or no shell at all."""
import os
import shlex
import subprocess
import sys
import tempfile

name = "notes.txt; echo INJECTED: a second command ran"

with tempfile.TemporaryDirectory() as tmp:
    for file_name in ("notes.txt", name):  # (1)!
        with open(os.path.join(tmp, file_name), "w") as f:
            f.write(f"contents of {file_name!r}\n")
    here = os.getcwd()
    os.chdir(tmp)
    try:
        command = f"cat -- {shlex.quote(name)}"  # (2)!
        print("1. the shell runs:", command)
        sys.stdout.flush()
        os.system(command)

        command = shlex.join(["cat", "--", name])  # (3)!
        print("2. the shell runs:", command)
        sys.stdout.flush()
        os.system(command)

        print("3. no shell, the program gets: ['cat', '--', name]")
        sys.stdout.flush()
        subprocess.run(["cat", "--", name])  # (4)!
    finally:
        os.chdir(here)
