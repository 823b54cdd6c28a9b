"""Every time a process blocks (here: sleeps), it gives the CPU away: a voluntary
context switch, counted by the kernel."""
import resource
import time


def voluntary():
    with open("/proc/self/status") as f:
        fields = dict(line.split(":", 1) for line in f)
    return int(fields["voluntary_ctxt_switches"])


N = 50
AT_LEAST = 45                               # about one per sleep (see the page)
voluntary_before = voluntary()
usage_before = resource.getrusage(resource.RUSAGE_SELF)
for _ in range(N):
    time.sleep(0.001)                       # blocks: the scheduler runs something else
voluntary_after = voluntary()
usage_after = resource.getrusage(resource.RUSAGE_SELF)

print(f"{N} calls of time.sleep(0.001)")
print(f"/proc/self/status voluntary_ctxt_switches grew by at least {AT_LEAST}:",
      voluntary_after - voluntary_before >= AT_LEAST)
print(f"resource.getrusage(RUSAGE_SELF).ru_nvcsw grew by at least {AT_LEAST}:",
      usage_after.ru_nvcsw - usage_before.ru_nvcsw >= AT_LEAST)
