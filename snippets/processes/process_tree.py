"""Walk the process tree from this process upwards, through /proc, until a
process whose PPid is 0."""
import os


def status(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


chain = []                                  # (Pid, PPid) of each step, from me upwards
pid = os.getpid()
while True:
    s = status(pid)
    chain.append((int(s["Pid"]), int(s["PPid"])))
    if chain[-1][1] == 0 or len(chain) > 1000:
        break
    pid = chain[-1][1]                      # go up to the parent

pids = [p for p, _ in chain]
print("the walk starts at os.getpid():", pids[0] == os.getpid())
print("its PPid is os.getppid():", chain[0][1] == os.getppid())
print("every step's PPid is the next step's Pid:",
      all(chain[i][1] == chain[i + 1][0] for i in range(len(chain) - 1)))
print("no PID appears twice (a tree has no cycles):", len(set(pids)) == len(pids))
print("the walk ends at a process whose PPid is 0:", chain[-1][1] == 0)
print("PID 1's PPid is", status(1)["PPid"])
print("/proc/0 exists:", os.path.exists("/proc/0"))
