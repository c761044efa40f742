import numpy as np
import torch

print("[1, 2]      ->", torch.tensor([1, 2]).dtype)
print("[1.0]       ->", torch.tensor([1.0]).dtype)
print("[1, 2.5]    ->", torch.tensor([1, 2.5]).dtype)  # one float: all float
print("[True]      ->", torch.tensor([True]).dtype)
print("zeros(2)    ->", torch.zeros(2).dtype)
print("default     ->", torch.get_default_dtype())
assert torch.tensor([1, 2]).dtype == torch.int64
assert torch.tensor([1, 2.5]).dtype == torch.zeros(2).dtype == torch.float32

# NumPy's default float is float64, and it survives the trip.
arr = np.array([1.0, 2.0])
print("NumPy array ->", arr.dtype)
print("from_numpy  ->", torch.from_numpy(arr).dtype)
print("tensor(arr) ->", torch.tensor(arr).dtype)
assert torch.from_numpy(arr).dtype == torch.tensor(arr).dtype == torch.float64
