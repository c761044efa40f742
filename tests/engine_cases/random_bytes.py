import os

print(os.urandom(8).hex())  # differs every run: the determinism check must catch it
