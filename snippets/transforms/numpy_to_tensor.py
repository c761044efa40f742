import numpy as np
import torch


class ToTensor:
    """NumPy uint8 image (H, W, C), 0..255 -> float32 (C, H, W), 0..1."""

    def __call__(self, array):
        t = torch.from_numpy(array)  # shares the array's memory
        # channels first (a view); .float() makes the float32 copy
        return t.permute(2, 0, 1).float() / 255


rng = np.random.default_rng(0)
array = rng.integers(0, 256, size=(4, 5, 3), dtype=np.uint8)  # H, W, C
img = ToTensor()(array)
print("before:", type(array).__name__, array.dtype, array.shape)
print("after: ", type(img).__name__, img.dtype, tuple(img.shape))
print(f"range:  {img.min():.3f} .. {img.max():.3f}")
assert img.dtype == torch.float32 and img.shape == (3, 4, 5)
assert img[2, 1, 3] == array[1, 3, 2] / 255

# Which steps copy: from_numpy and permute share the array's memory.
t = torch.from_numpy(array)
assert t.data_ptr() == array.ctypes.data  # same memory as the array
assert t.permute(2, 0, 1).data_ptr() == t.data_ptr()  # a view
assert img.untyped_storage().data_ptr() != t.data_ptr()  # .float() copied
