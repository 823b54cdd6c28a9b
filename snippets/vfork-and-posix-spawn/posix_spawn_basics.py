"""os.posix_spawn(): create a process and run a program in it, in one call."""
import os

read_end, write_end = os.pipe()
pid = os.posix_spawn(
    "/bin/sh",  # (1)!
    ["sh", "-c", 'echo "$$ $PPID $GREETING"; exit 3'],
    {"GREETING": "hello"},  # (2)!
    file_actions=[(os.POSIX_SPAWN_DUP2, write_end, 1)],  # (3)!
)
os.close(write_end)  # (4)!
with open(read_end) as pipe:
    child_pid, child_ppid, greeting = pipe.read().split()
_, status = os.waitpid(pid, 0)  # (5)!

print(f"parent: my PID is {os.getpid()}, posix_spawn() returned {pid}")
print(f"child : $$ = {child_pid}, $PPID = {child_ppid}, GREETING = {greeting}")
print(f"child exit code: {os.waitstatus_to_exitcode(status)}")
