"""multiprocessing's three start methods, and what each child sees of the
module that started it."""
import multiprocessing
import os
import sys

STATE = "set when the module was imported"
IMPORTED_BY = os.getpid()            # the process that ran this line


def report(conn, parent):
    """Runs in the child: what does it see?"""
    conn.send((STATE, IMPORTED_BY != parent, __name__, os.getppid() == parent))
    conn.close()


def stop_helper_processes():  # (1)!
    """Private API (_stop), used only so that this site's test harness finds
    no process left behind: a program of yours leaves these helper processes
    to end by themselves when it exits."""
    from multiprocessing import forkserver, resource_tracker
    forkserver._forkserver._stop()
    resource_tracker._resource_tracker._stop()


if __name__ == "__main__":  # (2)!
    STATE = "changed by the parent after import"
    print("start methods on this system:", sorted(multiprocessing.get_all_start_methods()))
    default = "forkserver" if sys.version_info >= (3, 14) else "fork"  # (3)!
    print("the default is fork before Python 3.14, forkserver since:",
          multiprocessing.get_start_method() == default)
    print(f"{'method':11} {'the child sees STATE':37} {'module ran again':17}"
          f" {'__name__':14} child of ours")
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)  # (4)!
        receiver, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(target=report, args=(sender, os.getpid()))
        child.start()
        sender.close()
        state, ran_again, name, ours = receiver.recv()
        child.join()
        print(f"{method:11} {state!r:37} {ran_again!s:17} {name!r:14} {ours}")
    stop_helper_processes()
