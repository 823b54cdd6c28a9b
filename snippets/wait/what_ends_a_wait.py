"""What ends a blocked wait: a child that terminates, or a signal handler
interrupting it. C's wait() then fails with EINTR; Python's os.wait() runs
the handler and waits again (PEP 475). A stopped child is not reported
unless WUNTRACED asks for it."""
import ctypes
import errno
import os
import select
import signal

libc = ctypes.CDLL(None, use_errno=True)
libc.wait.argtypes = [ctypes.c_void_p]
libc.wait.restype = ctypes.c_int


def state(pid):
    """The one-letter state of a process, field 3 of /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0]


# 1. A stopped child is not reported without WUNTRACED.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    try:
        os.close(w)
        os.read(r, 1)
    finally:
        os._exit(0)
os.close(r)
os.kill(pid, signal.SIGSTOP)
os.waitid(os.P_PID, pid, os.WSTOPPED | os.WNOWAIT)  # (1)!
print("stopped child: waitpid(pid, WNOHANG)             ->",
      os.waitpid(pid, os.WNOHANG))
_, status = os.waitpid(pid, os.WNOHANG | os.WUNTRACED)
print(f"stopped child: waitpid(pid, WNOHANG | WUNTRACED) -> "
      f"WIFSTOPPED: {os.WIFSTOPPED(status)}")
os.kill(pid, signal.SIGCONT)
os.write(w, b"x")
os.close(w)
os.waitpid(pid, 0)

# 2. A signal handler interrupts a blocked wait.
ran = set()
go_r, go_w = os.pipe()


def on_usr1(signum, frame):
    ran.add("SIGUSR1")


def on_usr2(signum, frame):
    ran.add("SIGUSR2")
    os.write(go_w, b"x")                 # lets the child finish


signal.signal(signal.SIGUSR1, on_usr1)
signal.signal(signal.SIGUSR2, on_usr2)
parent = os.getpid()
pid = os.fork()
if pid == 0:
    try:
        os.close(go_w)
        for signum in (signal.SIGUSR1, signal.SIGUSR2):
            while True:
                while state(parent) != "S":  # (2)!
                    pass
                os.kill(parent, signum)
                # The parent answers with a byte once the signal has cut its
                # wait short. No answer in 5 s: it was asleep elsewhere, so
                # the signal came too early; send it again.
                if select.select([go_r], [], [], 5)[0]:
                    os.read(go_r, 1)
                    break
    finally:
        os._exit(0)
os.close(go_r)

result = libc.wait(None)  # (3)!
err = ctypes.get_errno()
print(f"C wait()  : returned {result}, errno {errno.errorcode[err]}")
os.write(go_w, b"x")

got, status = os.wait()  # (4)!
print(f"os.wait() : returned the child: {got == pid}; "
      f"handlers ran: {sorted(ran)}")
os.close(go_w)
