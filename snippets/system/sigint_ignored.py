"""While os.system() waits for the shell, the caller ignores SIGINT (and
SIGQUIT); subprocess.run() does not."""
import os
import signal
import subprocess

received = []
signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))

os.system("kill -INT $PPID")  # (1)!
print("SIGINT sent to us during os.system():      handler ran:", bool(received))

received.clear()
subprocess.run(["/bin/sh", "-c", "kill -INT $PPID"])  # (2)!
print("SIGINT sent to us during subprocess.run(): handler ran:", bool(received))
