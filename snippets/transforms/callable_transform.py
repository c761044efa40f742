import torch


class Normalize:
    """Per-channel (x - mean) / std for a (C, H, W) image tensor."""

    def __init__(self, mean, std):  # settings go to __init__ ...
        self.mean = torch.tensor(mean).view(-1, 1, 1)
        self.std = torch.tensor(std).view(-1, 1, 1)

    def __call__(self, img):  # ... the sample goes to __call__
        return (img - self.mean) / self.std


normalize = Normalize(mean=[0.5, 0.5, 0.5], std=[0.25, 0.25, 0.25])
img = torch.full((3, 2, 2), 0.75)  # a tiny 3-channel 2x2 "image"
out = normalize(img)  # the object is called like a function
print("callable:", callable(normalize))
print("out[0] =", out[0])
assert torch.allclose(out, torch.full((3, 2, 2), 1.0))
