"""os.fork() returns at once; os.posix_spawn() (built on clone() with
CLONE_VM | CLONE_VFORK by glibc) returns only after the child's exec."""
import os
import select
import tempfile

PROGRAM = ["sh", "-c", "echo $$ $PPID"]


def exe(pid):
    """The program a process runs, as the kernel sees it."""
    return os.readlink(f"/proc/{pid}/exe")


def children_of(parent, skip):
    """PIDs of the processes whose parent is `parent`, read from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != skip:
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue                     # that process has just gone
            if int(fields[1]) == parent:
                found.append(int(entry))
    return found


with tempfile.TemporaryDirectory() as tmp:
    fifo = os.path.join(tmp, "fifo")
    os.mkfifo(fifo)                  # open(O_WRONLY) blocks until a reader opens it
    parent = os.getpid()

    # 1. fork() then exec: the child blocks in open(), before its exec.
    pid1 = os.fork()
    if pid1 == 0:
        try:
            os.dup2(os.open(fifo, os.O_WRONLY), 1)   # blocks: nobody reads yet
            os.execv("/bin/sh", PROGRAM)
        finally:
            os._exit(127)
    fork_returned_first = exe(pid1) == exe(parent)   # the child still runs Python
    with open(fifo) as f:                            # now the child can go on
        said1 = f.read().split()
    os.waitpid(pid1, 0)

    # 2. posix_spawn() with the same blocking open(), as a file action. The
    # parent cannot look while it waits, so a helper process looks for it.
    report_r, report_w = os.pipe()
    helper = os.fork()
    if helper == 0:
        try:
            found = []
            while not found:                 # until the spawned child exists
                if os.getppid() != parent:   # the parent died: give up
                    os._exit(1)
                found = children_of(parent, skip=os.getpid())
            before_exec = exe(found[0]) == exe(parent)
            os.write(report_w, f"{found[0]} {before_exec}\n".encode())
            with open(fifo) as f:            # unblocks the child's open()
                os.write(report_w, f.read().encode())
        finally:
            os._exit(0)
    pid2 = os.posix_spawn("/bin/sh", PROGRAM, os.environ,
                          file_actions=[(os.POSIX_SPAWN_OPEN, 1, fifo, os.O_WRONLY, 0)])
    helper_had_reported = bool(select.select([report_r], [], [], 0)[0])
    os.close(report_w)
    os.waitpid(helper, 0)
    os.waitpid(pid2, 0)
    with open(report_r) as f:
        seen, before_exec = f.readline().split()
        said2 = f.read().split()

print(f"parent: my PID is {parent}")
print(f"os.fork() returned {pid1} while that child had not exec'd yet: "
      f"{fork_returned_first}")
print(f"  child after exec: $$ = {said1[0]}, $PPID = {said1[1]}")
print(f"os.posix_spawn() returned {pid2} only after the helper had seen child "
      f"{seen} before its exec: {helper_had_reported and before_exec == 'True'}")
print(f"  child after exec: $$ = {said2[0]}, $PPID = {said2[1]}")
