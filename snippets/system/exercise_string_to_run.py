"""Exercise: the string that os.system() takes, given to subprocess.run()."""
import subprocess

try:
    done = subprocess.run("exit 3")
    print("subprocess.run('exit 3'):             returncode", done.returncode)
except OSError as exc:
    print(f"subprocess.run('exit 3'):             {type(exc).__name__}, "
          f"program {exc.filename!r}")

done = subprocess.run("exit 3", shell=True)
print("subprocess.run('exit 3', shell=True): returncode", done.returncode)
