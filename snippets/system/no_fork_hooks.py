"""os.register_at_fork() hooks run around os.fork(), not around os.system()
or subprocess.run(): neither of them calls os.fork()."""
import os
import subprocess
import sys

calls = []
os.register_at_fork(before=lambda: calls.append("before"),
                    after_in_parent=lambda: calls.append("after_in_parent"),
                    after_in_child=lambda: calls.append("after_in_child"))

os.system("true")
print("os.system():           hooks called:", calls)

calls.clear()
subprocess.run(["true"])
print("subprocess.run():      hooks called:", calls)

calls.clear()
sys.stdout.flush()  # or the child would print our buffered lines again
pid = os.fork()
if pid == 0:
    try:
        print("os.fork(), in child:   hooks called:", calls, flush=True)
    finally:
        os._exit(0)
os.waitpid(pid, 0)
print("os.fork(), in parent:  hooks called:", calls)
