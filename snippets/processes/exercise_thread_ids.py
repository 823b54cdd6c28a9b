"""Exercise: which of these numbers are equal?"""
import os
import threading


def report(who):
    with open("/proc/thread-self/status") as f:     # the status of the calling thread
        s = dict(line.rstrip("\n").split(":\t", 1) for line in f)
    print(f"{who}: getpid()={os.getpid()} get_native_id()={threading.get_native_id()} "
          f"Tgid={s['Tgid']} Pid={s['Pid']} Threads={s['Threads']}", flush=True)


report("main  ")
worker = threading.Thread(target=report, args=("worker",))
worker.start()
worker.join()
