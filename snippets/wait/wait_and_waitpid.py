"""os.wait() reaps whichever child ends; os.waitpid() waits for a given one,
and with WNOHANG returns (0, 0) at once if that child is still running."""
import os

# 1. os.wait(): block until any child has ended, reap it, return (pid, status).
pid = os.fork()
if pid == 0:
    try:
        pass                             # nothing to do: exit at once
    finally:
        os._exit(7)

got, status = os.wait()
print(f"fork() returned {pid}; os.wait() returned ({got}, {status:#06x}): "
      f"exit code {os.waitstatus_to_exitcode(status)}")

# 2. os.waitpid() with WNOHANG: look, but do not block.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    try:
        os.close(w)
        os.read(r, 1)                    # runs until the parent writes a byte
    finally:
        os._exit(0)

os.close(r)
print("waitpid(pid, WNOHANG) while the child runs:", os.waitpid(pid, os.WNOHANG))
os.write(w, b"x")                        # now let it finish
os.close(w)
got, status = os.waitpid(pid, 0)         # blocks until it has ended
print(f"waitpid(pid, 0) after releasing it: ({got}, {status:#06x}), "
      f"the same child: {got == pid}")
