import torch


class RandomCrop:
    """Cut a random (h, w) window out of a (C, H, W) image."""

    def __init__(self, h, w):
        self.h, self.w = h, w

    def __call__(self, img):
        _, height, width = img.shape
        top = torch.randint(0, height - self.h + 1, ()).item()
        left = torch.randint(0, width - self.w + 1, ()).item()
        return img[:, top:top + self.h, left:left + self.w]


torch.manual_seed(0)
img = torch.arange(25.0).view(1, 5, 5)  # pixel value = 5 * row + column
crop = RandomCrop(3, 3)
windows = set()
for i in range(4):
    out = crop(img)
    r, c = divmod(int(out[0, 0, 0]), 5)  # row, column of its top-left
    print(f"crop {i}: shape {tuple(out.shape)}, "
          f"rows {r}-{r + 2}, columns {c}-{c + 2}")
    assert torch.equal(out, img[:, r:r + 3, c:c + 3])  # a window, unchanged
    windows.add((r, c))
assert len(windows) > 1  # a different window on different calls
