# bake: timeout=1
import time

while True:
    time.sleep(0.05)
