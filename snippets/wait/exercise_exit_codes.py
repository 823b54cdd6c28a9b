"""Exercise: what do the parent's two lines show?"""
import os
import signal

for how in ("killed by SIGTERM", "os._exit(-15)"):
    pid = os.fork()
    if pid == 0:
        try:
            if how == "killed by SIGTERM":
                os.kill(os.getpid(), signal.SIGTERM)
        finally:
            os._exit(-15)
    _, status = os.waitpid(pid, 0)
    print(f"{how:17}: status {status:#06x}, "
          f"waitstatus_to_exitcode -> {os.waitstatus_to_exitcode(status)}")
