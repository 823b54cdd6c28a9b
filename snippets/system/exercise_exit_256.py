"""Exercise: what does os.system() return for exit 255, 256 and 257?"""
import os

for n in (255, 256, 257):
    status = os.system(f"exit {n}")
    print(f"exit {n}: os.system() returned {status:5}, "
          f"exit code {os.waitstatus_to_exitcode(status)}")
