"""What the threads of one process share: memory, the file descriptor table
and the current working directory. A forked child, for contrast, has copies."""
import errno
import os
import tempfile
import threading

counter = 0


def increment():
    global counter
    counter += 1


def run_in_thread(function):
    worker = threading.Thread(target=function)
    worker.start()
    worker.join()                                  # (1)!


pid = os.fork()                                    # (2)!
if pid == 0:
    try:
        increment()
    finally:
        os._exit(0)
os.waitpid(pid, 0)
print("a forked child incremented counter -> parent sees", counter)

run_in_thread(increment)
print("a thread incremented counter       -> main thread sees", counter)  # (3)!

with tempfile.TemporaryDirectory() as somewhere:
    home = os.getcwd()
    run_in_thread(lambda: os.chdir(somewhere))     # (4)!
    print("a thread's chdir() moved the main thread too:",
          os.path.samefile(os.getcwd(), somewhere))
    os.chdir(home)

r, w = os.pipe()
run_in_thread(lambda: os.close(r))                 # (5)!
try:
    os.fstat(r)
    print("a thread closed a descriptor -> still open in the main thread")
except OSError as exc:
    print("a thread closed a descriptor -> closed in the main thread too:",
          errno.errorcode[exc.errno])
os.close(w)
