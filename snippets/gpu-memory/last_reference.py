import weakref

import torch


def status(ref):
    return "alive" if ref() is not None else "freed"


x = torch.zeros(1_000_000)
watch = weakref.ref(x)  # watches x without keeping it alive
y = x  # a second name for the same tensor
del x
print("del x, y still refers :", status(watch))
assert watch() is not None
del y
print("del y too             :", status(watch))
assert watch() is None

batch = torch.zeros(1_000_000)
watch = weakref.ref(batch)
history = [batch]  # kept "for later", e.g. a list of outputs
del batch
print("only a list refers    :", status(watch))
assert watch() is not None
history.clear()
print("list cleared          :", status(watch))
assert watch() is None


def step():
    tmp = torch.zeros(1_000_000)  # a local: freed when step() returns
    return weakref.ref(tmp)


print("local after return    :", status(step()))
assert step()() is None
