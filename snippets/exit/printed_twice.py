"""A line printed once before fork() comes out twice when stdout is a pipe
or a file, and once when it is a terminal. The program below runs in a new
interpreter whose stdout is each kind of file in turn."""
import errno
import os
import subprocess
import sys
import tempfile

PROGRAM = """
import os, sys
print("printed once, before fork()")
if sys.argv[1] == "flush":
    sys.stdout.flush()                   # fix 1: empty the buffer before fork()
pid = os.fork()
if pid == 0:
    if sys.argv[1] == "os._exit":
        os._exit(0)                      # fix 2: the child discards its copy
    sys.exit(0)                          # the child flushes its copy of the buffer
os.waitpid(pid, 0)
out = sys.stdout
print(f"line_buffering={out.line_buffering} write_through={out.write_through}")
"""


def run(stdout, fix="none", options=()):
    """Run PROGRAM with its stdout a pipe, a file or a terminal; return its lines."""
    argv = [sys.executable, "-E", *options, "-c", PROGRAM, fix]  # (1)!
    if stdout == "pipe":
        r, w = os.pipe()
        child = subprocess.Popen(argv, stdout=w, stdin=subprocess.DEVNULL)
        os.close(w)
        with open(r, "rb") as pipe:
            data = pipe.read()           # until every writer has exited
    elif stdout == "file":
        with tempfile.TemporaryFile() as file:
            child = subprocess.Popen(argv, stdout=file, stdin=subprocess.DEVNULL)
            child.wait()
            file.seek(0)
            data = file.read()
    else:
        controller, terminal = os.openpty()  # (2)!
        child = subprocess.Popen(argv, stdout=terminal, stdin=subprocess.DEVNULL)
        os.close(terminal)
        data = b""
        while True:
            try:
                chunk = os.read(controller, 1024)
            except OSError as error:     # Linux: EIO once nobody holds the terminal
                if error.errno != errno.EIO:
                    raise
                break
            if not chunk:                # other systems: end of file
                break
            data += chunk
        os.close(controller)
    child.wait()
    return data.decode().splitlines()


CASES = [
    ("a pipe", "pipe", "none", ()),
    ("a file", "file", "none", ()),
    ("a terminal", "terminal", "none", ()),
    ("a pipe, fix 1: flush()", "pipe", "flush", ()),
    ("a pipe, fix 2: os._exit()", "pipe", "os._exit", ()),
    ("a pipe, python -u", "pipe", "none", ("-u",)),  # (3)!
]
for label, stdout, fix, options in CASES:
    lines = run(stdout, fix, options)
    copies = lines.count("printed once, before fork()")
    print(f"stdout is {label:<26} copies of the line: {copies}  [{lines[-1]}]")
