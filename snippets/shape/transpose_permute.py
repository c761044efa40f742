import torch


def same_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


m = torch.arange(6).view(2, 3)
print(m.T)                     # a matrix's transpose: (2, 3) -> (3, 2)
assert torch.equal(m.T, m.transpose(0, 1))

# 8 RGB images of 32x48 pixels, stored channels-last: (N, H, W, C).
images = torch.zeros(8, 32, 48, 3)
print(images.permute(0, 3, 1, 2).shape)  # -> (N, C, H, W)
print(images.transpose(1, 3).shape)      # swaps two dims: (N, C, W, H)
assert images.permute(0, 3, 1, 2).shape == (8, 3, 32, 48)

# A batch of 5 matrices, each 2x3: transpose every matrix.
batch = torch.zeros(5, 2, 3)
print(batch.mT.shape)                    # the last two dims swapped
assert torch.equal(batch.mT, batch.transpose(-2, -1))

# None of them copied: all are views of the original memory.
assert same_memory(m.T, m) and same_memory(batch.mT, batch)
assert same_memory(images.permute(0, 3, 1, 2), images)
assert same_memory(images.transpose(1, 3), images)
print("all views:", True)
