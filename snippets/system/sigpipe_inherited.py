"""Python ignores SIGPIPE; a command started by os.system() inherits that,
a command started by subprocess.run() does not."""
import os
import signal
import subprocess


def sigpipe_ignored(status_text):
    """Is SIGPIPE set in the SigIgn mask of a /proc/<pid>/status text?"""
    for line in status_text.splitlines():
        if line.startswith("SigIgn:"):
            return bool(int(line.split()[1], 16) & (1 << (signal.SIGPIPE - 1)))
    raise ValueError("no SigIgn line")


with open("/proc/self/status") as f:
    print("SIGPIPE ignored in Python itself:                    ",
          sigpipe_ignored(f.read()))  # (1)!

read_fd, write_fd = os.pipe()
os.set_inheritable(write_fd, True)  # (2)!
os.system(f"cat /proc/self/status >&{write_fd}")  # (3)!
os.close(write_fd)
with os.fdopen(read_fd) as pipe:
    print("SIGPIPE ignored in a command run by os.system():     ",
          sigpipe_ignored(pipe.read()))

done = subprocess.run(["cat", "/proc/self/status"],
                      capture_output=True, text=True)
print("SIGPIPE ignored in a command run by subprocess.run():",
      sigpipe_ignored(done.stdout))  # (4)!
