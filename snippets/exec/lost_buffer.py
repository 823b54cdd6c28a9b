"""exec does not flush Python's buffers: whatever is still in them is lost."""
import os
import subprocess
import sys


def write_then_exec(flush_first):
    """A child writes a line into a pipe through a buffered file object, then execs."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            pipe = open(w, "w", buffering=8192)  # (1)!
            pipe.write("written before exec\n")
            if flush_first:
                pipe.flush()
            os.execv(sys.executable, [sys.executable, "-c", "pass"])  # (2)!
        finally:
            os._exit(127)
    os.close(w)
    with open(r, "rb") as pipe:
        received = pipe.read()  # EOF: exec closed the child's write end
    os.waitpid(pid, 0)
    return received


def print_then_exec(*flags):
    """A new interpreter prints to its stdout, a pipe, then execs."""
    code = ("import os, sys\nprint('printed before exec')\n"
            "os.execv(sys.executable, [sys.executable, '-c', 'pass'])")
    run = subprocess.run([sys.executable, *flags, "-c", code], stdout=subprocess.PIPE)
    return run.stdout


print("file object, no flush() before exec:", write_then_exec(flush_first=False))
print("file object, flush() before exec:   ", write_then_exec(flush_first=True))
print("print() to a pipe, python -E:       ", print_then_exec("-E"))  # (3)!
print("print() to a pipe, python -E -u:    ", print_then_exec("-E", "-u"))
