# /dev/shm is private to the example: nothing is left behind (3g).
with open("/dev/shm/snipbake-attack-shm", "w") as f:
    f.write("x")
print("wrote /dev/shm")
