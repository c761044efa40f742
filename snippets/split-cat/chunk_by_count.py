import torch

t = torch.arange(6)

# chunk asks for a NUMBER of pieces, each of size ceil(6 / n) ...
print("chunk(3):", torch.chunk(t, 3))
# ... so asking for 4 gives pieces of size 2, and only 3 of them.
pieces = torch.chunk(t, 4)
print("chunk(4):", pieces, "->", len(pieces), "chunks")

# tensor_split always returns exactly the number asked for.
exact = torch.tensor_split(t, 4)
print("tensor_split(4):", exact)

assert len(torch.chunk(t, 3)) == 3
assert len(pieces) == 3 and [len(p) for p in pieces] == [2, 2, 2]
assert len(exact) == 4 and [len(p) for p in exact] == [2, 2, 1, 1]
