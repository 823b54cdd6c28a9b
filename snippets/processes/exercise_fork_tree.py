"""Exercise: how many children and how many grandchildren does /proc show?"""
import os

top = os.getpid()
done_r, done_w = os.pipe()      # EOF once every process has finished forking
go_r, go_w = os.pipe()          # EOF once the top process has looked at /proc
my_children = []

for i in range(2):
    pid = os.fork()
    if pid == 0:
        my_children = []        # a new process has no children of its own yet
    else:
        my_children.append(pid)

os.close(done_w)                # "I have finished forking"
if os.getpid() != top:
    try:
        os.close(go_w)
        os.read(go_r, 1)        # blocks until the top process closes go_w
        for pid in my_children:
            os.waitpid(pid, 0)
    finally:
        os._exit(0)

os.read(done_r, 1)              # returns b"" when every copy of done_w is closed
ppid = {}
for entry in os.listdir("/proc"):
    if entry.isdigit():
        try:
            with open(f"/proc/{entry}/status") as f:
                ppid[int(entry)] = int(next(l for l in f if l.startswith("PPid:")).split()[1])
        except OSError:
            pass                # exited meanwhile, or hidden from us (hidepid)
children = [p for p, parent in ppid.items() if parent == top]
grandchildren = [p for p, parent in ppid.items() if parent in children]
print("children:", len(children))
print("grandchildren:", len(grandchildren))

os.close(go_w)                  # let them all finish
for pid in my_children:
    os.waitpid(pid, 0)
