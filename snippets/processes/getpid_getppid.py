"""os.getpid() and os.getppid(), checked against /proc and against a shell."""
import os
import subprocess

me, parent = os.getpid(), os.getppid()
print(f"os.getpid()  = {me}")
print(f"os.getppid() = {parent}")
print(f"/proc/self links to {os.readlink('/proc/self')}")
with open("/proc/self/status") as f:
    ppid_line = next(line for line in f if line.startswith("PPid:"))
print(f"/proc/self/status says PPid {ppid_line.split()[1]}")

# A shell started by this process: $$ is its PID, $PPID is its parent's PID.
shell = subprocess.Popen(["sh", "-c", 'echo "$$ $PPID"'], stdout=subprocess.PIPE, text=True)
shell_pid, shell_ppid = shell.communicate()[0].split()
print(f"a shell I started says: $$ = {shell_pid}, $PPID = {shell_ppid}")
print(f"subprocess saw its PID as {shell.pid}")
