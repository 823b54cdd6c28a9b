"""Exercise: how many A lines and how many B lines come out, when stdout is
a pipe and when it is a terminal?"""
import errno
import os
import subprocess
import sys

PROGRAM = """
import os
print("A")
os.fork()
print("B")
os.fork()
while True:                  # every process reaps the children it has
    try:
        os.wait()
    except ChildProcessError:
        break
"""


def output(stdout):
    """Run PROGRAM with its stdout a pipe or a terminal; return its lines."""
    if stdout == "pipe":
        reader, writer = os.pipe()
    else:
        reader, writer = os.openpty()
    child = subprocess.Popen([sys.executable, "-E", "-c", PROGRAM],
                             stdout=writer, stdin=subprocess.DEVNULL)
    os.close(writer)
    data = b""
    while True:
        try:
            chunk = os.read(reader, 1024)
        except OSError as error:     # Linux: EIO once nobody holds the terminal
            if error.errno != errno.EIO:
                raise
            break
        if not chunk:                # end of file: a pipe, or a terminal elsewhere
            break
        data += chunk
    os.close(reader)
    child.wait()
    return data.decode().splitlines()


for stdout in ("pipe", "terminal"):
    lines = output(stdout)
    print(f"stdout is a {stdout:<8}: A x {lines.count('A')}, B x {lines.count('B')}")
