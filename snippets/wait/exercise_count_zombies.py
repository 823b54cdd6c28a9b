"""Exercise: how many zombies does the parent have when it counts them?"""
import os


def zombie_children():
    """Our children in state Z, found by scanning /proc/<pid>/stat."""
    found = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue                     # the process ended meanwhile
        if fields[0] == "Z" and int(fields[1]) == os.getpid():
            found += 1
    return found


children = []
for code in (1, 2, 3):
    pid = os.fork()
    if pid == 0:
        try:
            pass
        finally:
            os._exit(code)
    children.append(pid)

for pid in children:                     # until all three have exited
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)

os.waitpid(children[1], 0)
os.waitpid(-1, os.WNOHANG)
print("zombies:", zombie_children())

while True:                              # reap the rest
    try:
        os.wait()
    except ChildProcessError:
        break
