import torch

a = torch.tensor([7, -7])
b = torch.tensor([2, 2])
print("a / b :", a / b)    # true division: float result, even for ints
print("a // b:", a // b)   # floor division: rounds toward -infinity
print("a % b :", a % b)    # remainder, same sign as b (like Python)
print("trunc :", torch.div(a, b, rounding_mode="trunc"))
assert (a / b).tolist() == [3.5, -3.5] and (a // b).tolist() == [3, -4]
assert (a % b).tolist() == [1, 1]
assert torch.div(a, b, rounding_mode="trunc").tolist() == [3, -3]

# A backslash is not a Python operator at all:
try:
    compile("tensor \\ tensor1", "<note>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
else:
    raise AssertionError("a backslash should have been a SyntaxError")
