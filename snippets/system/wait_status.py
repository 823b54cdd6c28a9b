"""os.system() returns a wait status, not an exit code."""
import os
import signal

COMMANDS = [
    "true",
    "exit 3",
    "/dev/null 2>/dev/null",        # found, but not executable
    "no_such_command 2>/dev/null",  # not found
    "kill -TERM $$",                # the shell kills itself
]


def decode(status):
    if os.WIFEXITED(status):
        return f"exited, WEXITSTATUS={os.WEXITSTATUS(status)}"
    if os.WIFSIGNALED(status):
        return f"killed, WTERMSIG={signal.Signals(os.WTERMSIG(status)).name}"
    return "stopped or continued"


print(f"{'command':28} {'status':>6} {'hex':>6} {'code':>4}  decoded")
for command in COMMANDS:
    status = os.system(command)  # (1)!
    code = os.waitstatus_to_exitcode(status)  # (2)!
    print(f"{command:28} {status:6} {status:#06x} {code:4}  {decode(status)}")
