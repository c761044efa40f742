import torch

# A batch of 8 feature maps, 3 channels of 4x4, before a Linear layer:
maps = torch.zeros(8, 3, 4, 4)
flat = maps.flatten(1)          # merge dims 1.. into one, keep the batch
print("flatten(1)   :", tuple(flat.shape))
print("flatten()    :", tuple(maps.flatten().shape))  # everything: 1-D
assert flat.shape == (8, 48) and maps.flatten().shape == (384,)
assert torch.equal(flat, maps.reshape(8, -1))  # the same as reshape
assert flat.data_ptr() == maps.data_ptr()  # here a view: maps is contiguous

# unflatten splits one dim back into several.
back = flat.unflatten(1, (3, 4, 4))
print("unflatten    :", tuple(back.shape))
assert back.shape == maps.shape

# nn.Flatten is the layer form; it keeps dim 0 (the batch) by default.
print("nn.Flatten() :", tuple(torch.nn.Flatten()(maps).shape))
assert torch.nn.Flatten()(maps).shape == (8, 48)
