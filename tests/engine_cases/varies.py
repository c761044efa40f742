# bake: varies
import os

print(os.urandom(8).hex())
