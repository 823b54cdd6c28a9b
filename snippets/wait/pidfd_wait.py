"""Waiting for a child with a timeout: poll a pidfd (Linux >= 5.3), signal the
child through it, and reap it through it (Linux >= 5.4): no PID can be reused
in between."""
import os
import select
import signal

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    try:
        os.close(w)
        os.read(r, 1)                    # runs until we write: we never do
    finally:
        os._exit(0)
os.close(r)

pidfd = os.pidfd_open(pid)  # (1)!
poller = select.poll()
poller.register(pidfd, select.POLLIN)
print("poll, 100 ms timeout, child running:", poller.poll(100))  # (2)!

signal.pidfd_send_signal(pidfd, signal.SIGTERM)  # (3)!
events = poller.poll(10_000)             # readable as soon as the child has ended
print("poll after pidfd_send_signal(SIGTERM): readable:",
      bool(events and events[0][1] & select.POLLIN))

info = os.waitid(os.P_PIDFD, pidfd, os.WEXITED)  # (4)!
print(f"waitid(P_PIDFD): si_pid is the child: {info.si_pid == pid}, "
      f"si_code is CLD_KILLED: {info.si_code == os.CLD_KILLED}, "
      f"signal: {signal.Signals(info.si_status).name}")
os.close(pidfd)
os.close(w)
