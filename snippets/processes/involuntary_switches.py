"""Two busy processes on one CPU: the scheduler takes the CPU from each in turn,
an involuntary (nonvoluntary) context switch."""
import os
import time


def nonvoluntary():
    with open("/proc/self/status") as f:
        fields = dict(line.split(":", 1) for line in f)
    return int(fields["nonvoluntary_ctxt_switches"])


def spin(cpu_seconds):
    """Compute without ever blocking, until this process has used cpu_seconds of CPU."""
    end = time.process_time() + cpu_seconds
    while time.process_time() < end:
        pass


cpu = min(os.sched_getaffinity(0))
os.sched_setaffinity(0, {cpu})              # one CPU only; the child inherits this

before = nonvoluntary()
pid = os.fork()
if pid == 0:
    try:
        spin(0.1)
    finally:
        os._exit(0)
spin(0.1)
after = nonvoluntary()
_, status, child_usage = os.wait4(pid, 0)   # wait4 also returns the child's rusage

print("parent and child each computed for 0.1 s of CPU time on the same CPU")
print("parent's nonvoluntary_ctxt_switches grew:", after > before)
print("child's ru_nivcsw, from os.wait4(), is above 0:", child_usage.ru_nivcsw > 0)
