"""os.register_at_fork(): "before" hooks run in reverse order of registration,
"after" hooks in order of registration."""
import os
from functools import partial

events = []                      # each process ends up with its own copy

for name in ("A", "B"):
    os.register_at_fork(
        before=partial(events.append, f"before {name}"),
        after_in_parent=partial(events.append, f"after_in_parent {name}"),
        after_in_child=partial(events.append, f"after_in_child {name}"),
    )

pid = os.fork()
if pid == 0:
    try:
        print("child :", events, flush=True)
    finally:
        os._exit(0)

os.waitpid(pid, 0)
print("parent:", events)
