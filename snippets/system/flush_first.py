"""Python's buffered output and the shell's output go to one file descriptor:
flush before os.system(), or the lines come out in the wrong order."""
import os
import subprocess
import sys


def demo(flush):
    print("python: line 1, before os.system()")
    if flush:
        sys.stdout.flush()  # (1)!
    os.system("echo 'shell : line 2, written by the shell'")
    print("python: line 3, after os.system()")


if len(sys.argv) == 2:
    demo(flush=sys.argv[1] == "flush")
else:
    for mode in ("no-flush", "flush"):
        child = [sys.executable, "-E", __file__, mode]  # (2)!
        out = subprocess.run(child, stdout=subprocess.PIPE, text=True,
                             check=True).stdout
        print(f"--- {mode}, stdout is a pipe:")
        print(out, end="")
