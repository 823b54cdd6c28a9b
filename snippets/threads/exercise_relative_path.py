"""Exercise: a forked child changes directory and writes notes.txt, then the
parent opens "notes.txt". Then a thread does the same. What is read?"""
import os
import tempfile
import threading

with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
    os.chdir(a)
    with open("notes.txt", "w") as f:
        f.write("written in a by the main thread")

    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(b)
            with open("notes.txt", "w") as f:
                f.write("written in b by a child process")
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    with open("notes.txt") as f:
        print("parent reads:     ", f.read())

    def thread_work():
        os.chdir(b)
        with open("notes.txt", "w") as f:
            f.write("written in b by a thread")

    t = threading.Thread(target=thread_work)
    t.start()
    t.join()
    with open("notes.txt") as f:
        print("main thread reads:", f.read())
    os.chdir("/")                                  # leave before the directories go
