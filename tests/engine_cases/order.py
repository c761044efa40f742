import sys

print("one")
print("two", file=sys.stderr)
print("three", end="")
print(" (same line)")
sys.stderr.write("four\n")
