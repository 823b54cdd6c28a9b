"""Exercise: are quotes written around the value by hand enough?"""
import os
import shlex
import sys

name = "x'; echo INJECTED #"

for command in (f"echo '{name}'", f"echo {shlex.quote(name)}"):
    print("the shell runs:", command)
    sys.stdout.flush()
    os.system(command)
