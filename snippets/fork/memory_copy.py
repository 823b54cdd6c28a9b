"""After fork() the child works on its own copy of the parent's memory."""
import os

counter = 100
names = ["a", "b"]

pid = os.fork()
if pid == 0:
    try:
        counter += 1            # changes the child's copy only
        names.append("child")
        print(f"child : counter = {counter}, names = {names}", flush=True)
    finally:
        os._exit(0)

os.waitpid(pid, 0)              # the child has finished all its changes
print(f"parent: counter = {counter}, names = {names}")
