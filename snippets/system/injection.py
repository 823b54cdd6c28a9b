"""Shell injection with a harmless payload: a "file name" typed by a user
ends the cat command and starts a second command."""
import os
import sys
import tempfile

name = "notes.txt; echo INJECTED: a second command ran"  # (1)!

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "notes.txt"), "w") as f:
        f.write("contents of notes.txt\n")
    here = os.getcwd()
    os.chdir(tmp)
    try:
        command = f"cat {name}"  # (2)!
        print("the shell runs:", command)
        sys.stdout.flush()
        status = os.system(command)
    finally:
        os.chdir(here)
print("exit code:", os.waitstatus_to_exitcode(status))
