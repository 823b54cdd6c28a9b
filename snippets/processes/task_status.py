"""The kernel's record of this process (its task_struct), as /proc/self/status shows it."""
import os


def status(path="/proc/self/status"):
    fields = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


s = status()
print("State:  ", s["State"])  # (1)!
print("Tgid:   ", s["Tgid"])  # (2)!
print("Pid:    ", s["Pid"])  # (3)!
print("PPid:   ", s["PPid"])  # (4)!
print("Threads:", s["Threads"])  # (5)!
print(f"os.getpid() = {os.getpid()}, os.getppid() = {os.getppid()}")
print("NSpid ends with my PID:", s["NSpid"].split()[-1] == str(os.getpid()))  # (6)!
print("Uid matches os.getresuid():",  # (7)!
      tuple(map(int, s["Uid"].split()[:3])) == os.getresuid())
print("voluntary_ctxt_switches and nonvoluntary_ctxt_switches are counts:",  # (8)!
      s["voluntary_ctxt_switches"].isdigit() and s["nonvoluntary_ctxt_switches"].isdigit())
