"""A child that does not leave with os._exit() runs the rest of the parent's program."""
import os

pid = os.fork()
if pid == 0:
    print("child : my work is done")
    # ...and the child forgets to leave here.
else:
    os.waitpid(pid, 0)

print(f"PID {os.getpid()} runs the code after the if: writes the report, "
      f"closes the database...")
