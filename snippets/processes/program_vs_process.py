"""One program file run twice gives two processes, each with its own PID,
its own memory and its own file descriptors."""
import os
import subprocess
import sys
import tempfile

if sys.argv[1:] == ["instance"]:
    # A running instance of this program: say who it is, then obey commands
    # until stdin closes.
    print(os.getpid(), flush=True)
    counter = 0
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "add":
            counter += 1                  # a variable of this process only
            print(counter, flush=True)
        elif command == "open":
            print(os.open(arg, os.O_RDONLY), flush=True)  # this process's fd table
    sys.exit(0)


def start():
    return subprocess.Popen([sys.executable, os.path.abspath(__file__), "instance"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def ask(proc, command):
    proc.stdin.write(command + "\n")
    proc.stdin.flush()
    return int(proc.stdout.readline())    # wait for the instance's answer


def open_files(pid):
    fd_dir = f"/proc/{pid}/fd"
    return {os.readlink(os.path.join(fd_dir, fd)) for fd in os.listdir(fd_dir)}


first, second = start(), start()
reported = [int(proc.stdout.readline()) for proc in (first, second)]  # both are running now
print(f"the same program started twice: PIDs {first.pid} and {second.pid}")
print("each instance finds its PID with os.getpid():", reported == [first.pid, second.pid])
print("both running at once, each with its own /proc entry:",
      os.path.isdir(f"/proc/{first.pid}") and os.path.isdir(f"/proc/{second.pid}"))
same_exe = os.readlink(f"/proc/{first.pid}/exe") == os.readlink(f"/proc/{second.pid}/exe")
with open(f"/proc/{first.pid}/cmdline", "rb") as a, open(f"/proc/{second.pid}/cmdline", "rb") as b:
    same_args = a.read() == b.read()
print("same executable and same command line:", same_exe and same_args)

for _ in range(3):
    counter_first = ask(first, "add")
counter_second = ask(second, "add")
print(f"first : counter = {counter_first} after three 'add' commands")
print(f"second: counter = {counter_second} after one 'add' command")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.realpath(os.path.join(tmp, "opened-by-first.txt"))
    open(path, "w").close()
    ask(first, f"open {path}")
    print("the file first opened is in first's fd table: ", path in open_files(first.pid))
    print("the file first opened is in second's fd table:", path in open_files(second.pid))

    for proc in (first, second):
        proc.stdin.close()                # end of commands: the instance exits
        proc.stdout.close()
    print("both exited with code 0:", [first.wait(), second.wait()] == [0, 0])
