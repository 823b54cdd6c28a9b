"""What a forked child does not inherit: its PID, pending signals, interval timers."""
import os
import signal


def describe(who):
    pending = sorted(s.name for s in signal.sigpending())
    armed = signal.getitimer(signal.ITIMER_REAL)[0] > 0
    return f"{who}: pending signals = {pending}, interval timer armed: {armed}"


signal.signal(signal.SIGUSR1, lambda signum, frame: None)
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})
signal.raise_signal(signal.SIGUSR1)        # blocked, so it stays pending
signal.setitimer(signal.ITIMER_REAL, 3600)  # fires in an hour: never, here
parent = os.getpid()

pid = os.fork()
if pid == 0:
    try:
        print(describe("child "), flush=True)
        print(f"child : new PID: {os.getpid() != parent}, "
              f"parent is the forking process: {os.getppid() == parent}", flush=True)
    finally:
        os._exit(0)

os.waitpid(pid, 0)
print(describe("parent"))
signal.setitimer(signal.ITIMER_REAL, 0)     # disarm
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})  # handler runs, harmless
