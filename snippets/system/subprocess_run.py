"""subprocess.run() with a list: no shell, each item is one argument, and
returncode is an exit code or -signal."""
import subprocess
import sys

done = subprocess.run(["printf", "[%s] ", "$HOME", "a; b", "*"],  # (1)!
                      capture_output=True, text=True)
print(f"printf printed {done.stdout!r}, returncode {done.returncode}")

done = subprocess.run([sys.executable, "-c", "raise SystemExit(3)"])
print("exit code 3   -> returncode", done.returncode)  # (2)!

kill_self = "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"
done = subprocess.run([sys.executable, "-c", kill_self])
print("killed by TERM -> returncode", done.returncode)

try:
    subprocess.run(["false"], check=True)  # (3)!
except subprocess.CalledProcessError as exc:
    print("check=True:", exc)

try:
    subprocess.run(["no_such_command"])  # (4)!
except FileNotFoundError as exc:
    print(f"no such program: FileNotFoundError, errno {exc.errno}, "
          f"{exc.filename!r}")
