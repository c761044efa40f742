import torch


class Grayscale:
    """(3, H, W) RGB -> (1, H, W) luminance, a weighted sum of channels."""

    weights = torch.tensor([0.299, 0.587, 0.114])  # R, G, B; sums to 1

    def __call__(self, img):
        return (img * self.weights.view(3, 1, 1)).sum(dim=0, keepdim=True)


img = torch.zeros(3, 2, 2)  # a 2x2 RGB image:
img[0, 0, 0] = 1  # red pixel,  top left
img[1, 0, 1] = 1  # green pixel, top right
img[2, 1, 0] = 1  # blue pixel, bottom left
img[:, 1, 1] = 1  # white pixel, bottom right
gray = Grayscale()(img)
print("shape:", tuple(img.shape), "->", tuple(gray.shape))
print(f"gray:\n{gray[0]}")
expected = torch.tensor([[0.299, 0.587], [0.114, 1.0]])  # R, G / B, white
assert torch.allclose(gray[0], expected)
