"""A lost update, made to happen every time: two threads read a shared counter,
both before either writes it back. Then the same with a lock."""
import dis
import threading

counter = 0


def increment():
    global counter
    counter += 1


ops = [i.opname for i in dis.get_instructions(increment)]  # (1)!
print("counter += 1 loads, adds and stores in separate instructions:",
      "LOAD_GLOBAL" in ops and "STORE_GLOBAL" in ops
      and ("BINARY_OP" in ops or "INPLACE_ADD" in ops))

both_have_read = threading.Barrier(2)


def unsafe_increment():
    global counter
    value = counter                                # read
    both_have_read.wait()                          # (2)!
    counter = value + 1                            # write


threads = [threading.Thread(target=unsafe_increment) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("without a lock: 2 increments, counter =", counter)

counter = 0
lock = threading.Lock()
about_to_lock = threading.Event()


def locked_increment(between_read_and_write=lambda: None):
    global counter
    with lock:                                     # (3)!
        value = counter
        between_read_and_write()
        counter = value + 1


def second_increment():
    about_to_lock.set()
    locked_increment()


second = threading.Thread(target=second_increment)
locked_increment(lambda: (second.start(), about_to_lock.wait()))  # (4)!
second.join()
print("with a lock:    2 increments, counter =", counter)
