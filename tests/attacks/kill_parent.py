# Kill the bake (3b): in its own PID namespace the example cannot even see it.
import os
import signal

print("parent as seen from here:", os.getppid())
os.kill(os.getppid(), signal.SIGKILL)
print("still alive")
