"""Which way does subprocess start a child? Two things Python can watch:
calls to os.posix_spawn(), and at-fork hooks, which run only in a child
that goes back into the interpreter after a real fork()."""
import os
import subprocess
import sys

hook_r, hook_w = os.pipe()
os.set_blocking(hook_r, False)
os.register_at_fork(after_in_child=lambda: os.write(hook_w, b"x"))  # (1)!

spawn_calls = []
real_posix_spawn = os.posix_spawn


def watched_posix_spawn(*args, **kwargs):
    spawn_calls.append(args[0])
    return real_posix_spawn(*args, **kwargs)


os.posix_spawn = watched_posix_spawn  # (2)!


def launch(args, **options):
    """Run a program; say whether posix_spawn was called and the hook ran."""
    spawn_calls.clear()
    subprocess.run(args, check=True, **options)
    try:
        hook_ran = os.read(hook_r, 100) != b""
    except BlockingIOError:
        hook_ran = False
    return bool(spawn_calls), hook_ran


for label, args, options in [
    ("run(['true'])", ["true"], {}),  # (3)!
    ("run(['true'], start_new_session=True)", ["true"], {"start_new_session": True}),
    ("run(['true'], preexec_fn=...)", ["true"], {"preexec_fn": lambda: None}),  # (4)!
    ("run(['/bin/true'], close_fds=False)", ["/bin/true"], {"close_fds": False}),  # (5)!
]:
    spawned, hook_ran = launch(args, **options)
    print(f"{label:40} os.posix_spawn: {spawned!s:5}  at-fork hook ran: {hook_ran}")

spawned, _ = launch(["/bin/true"])  # (6)!
rule = sys.version_info >= (3, 13) and hasattr(os, "POSIX_SPAWN_CLOSEFROM")
print("run(['/bin/true']) used os.posix_spawn exactly when Python >= 3.13 "
      f"has POSIX_SPAWN_CLOSEFROM: {spawned == rule}")
