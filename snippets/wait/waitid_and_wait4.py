"""os.waitid() can wait for a child without reaping it (WNOWAIT);
os.wait4() reaps it and also returns the resources it used."""
import os
import time

pid = os.fork()
if pid == 0:
    try:
        block = b"x" * (64 * 1024 * 1024)    # 64 MiB, every page written
        while time.process_time() < 0.1:     # at least 0.1 s of CPU time
            pass
    finally:
        os._exit(5)

info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
print(f"waitid: si_pid={info.si_pid} si_code is CLD_EXITED: "
      f"{info.si_code == os.CLD_EXITED} si_status={info.si_status} "
      f"si_uid is ours: {info.si_uid == os.getuid()}")

got, status, usage = os.wait4(pid, 0)        # still there: WNOWAIT left it
print(f"wait4 : pid={got} exit code {os.waitstatus_to_exitcode(status)}")
print(f"  ru_maxrss >= 64 MiB: {usage.ru_maxrss >= 64 * 1024}")     # KiB on Linux
print(f"  ru_utime + ru_stime >= 0.1 s: {usage.ru_utime + usage.ru_stime >= 0.1}")
