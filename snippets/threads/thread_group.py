"""Threads are kernel tasks of one thread group: /proc/self/task has one
entry per thread, each with its own Pid (the TID) and the group's Tgid."""
import os
import threading


def status(path):
    with open(path) as f:
        return dict(line.rstrip("\n").split(":\t", 1) for line in f)


ready = threading.Barrier(4)                       # 3 workers + the main thread
finish = threading.Event()
tids = []


def worker():
    tids.append(threading.get_native_id())
    ready.wait()                                   # (1)!
    finish.wait()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
ready.wait()

tasks = sorted(int(t) for t in os.listdir("/proc/self/task"))  # (2)!
print("tasks in /proc/self/task:", len(tasks))
print("they are the main thread and the 3 workers:",
      tasks == sorted([os.getpid()] + tids))
for tid in [os.getpid()] + sorted(tids):
    s = status(f"/proc/self/task/{tid}/status")   # (3)!
    print(f"task {tid}: Tgid={s['Tgid']} Pid={s['Pid']} Threads={s['Threads']}")

finish.set()
for w in workers:
    w.join()
