"""sys.exit() does not end the process by itself: it raises SystemExit,
which unwinds the stack like any other exception and can be caught."""
import sys

try:
    sys.exit(3)
except SystemExit as exc:
    print(f"caught SystemExit, exc.code = {exc.code!r}")

print("SystemExit is a subclass of Exception:", issubclass(SystemExit, Exception))

try:
    try:
        sys.exit(4)
    except Exception:
        print("never printed: except Exception does not catch SystemExit")
    finally:
        print("the finally block runs as SystemExit passes through")
except SystemExit as exc:
    print(f"caught further out, exc.code = {exc.code!r}")

try:
    sys.exit("bye")
except BaseException:  # (1)!
    print("except BaseException swallowed sys.exit('bye')")

print("still running")
