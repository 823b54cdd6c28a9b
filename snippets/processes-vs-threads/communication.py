"""Passing results back: a thread shares the objects of its process; a child
process has copies, and must send what it has through a pipe, pickled."""
import multiprocessing
import os
import pickle
import threading

results = []

# A forked child appends to its copy of the list.
pid = os.fork()
if pid == 0:
    try:
        results.append("from the child")
    finally:
        os._exit(0)
os.waitpid(pid, 0)
print("after a child process appended: the parent's list =", results)

# So it sends its result instead, through a pipe.
receiver, sender = multiprocessing.Pipe(duplex=False)  # (1)!
pid = os.fork()
if pid == 0:
    try:
        receiver.close()
        sender.send({"squares": [n * n for n in range(5)]})  # (2)!
    finally:
        os._exit(0)
sender.close()
print("received through the pipe:", receiver.recv())
os.waitpid(pid, 0)
try:
    pickle.dumps(threading.Lock())                     # (3)!
except TypeError as exc:
    print("a lock cannot be sent:", exc)

# A thread appends to the list itself.
worker = threading.Thread(target=results.append, args=("from the thread",))
worker.start()
worker.join()
print("after a thread appended: the list =", results)
