# A double fork plus setsid: a daemon that would outlive a process-group kill (3a).
import os
import time

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        for fd in (0, 1, 2):
            os.close(fd)
        time.sleep(60)
        os._exit(0)
    os._exit(0)
os.wait()
print("started a detached daemon")
