"""Exercise: what return codes does subprocess report?"""
import signal
import subprocess
import sys

command = [sys.executable, "-c", "raise SystemExit(3)"]

signal.signal(signal.SIGCHLD, signal.SIG_IGN)
print("SIGCHLD ignored:", subprocess.run(command).returncode)

signal.signal(signal.SIGCHLD, signal.SIG_DFL)
print("SIGCHLD default:", subprocess.run(command).returncode)
