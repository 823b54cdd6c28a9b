"""Exercise: the read and the write each hold the lock. What is the counter?"""
import threading

counter = 0
lock = threading.Lock()
all_have_read = threading.Barrier(3)


def increment():
    global counter
    with lock:
        value = counter
    all_have_read.wait()
    with lock:
        counter = value + 1


threads = [threading.Thread(target=increment) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("3 increments, counter =", counter)
