import matplotlib.pyplot as plt
import torch


class Grayscale:
    def __call__(self, img):  # (3, H, W) -> (1, H, W)
        w = torch.tensor([0.299, 0.587, 0.114]).view(3, 1, 1)
        return (img * w).sum(dim=0, keepdim=True)


class HorizontalFlip:
    def __call__(self, img):
        return img.flip(-1)


class Compose:
    def __init__(self, transforms):
        self.transforms = transforms

    def __call__(self, img):
        for t in self.transforms:
            img = t(img)
        return img


# A synthetic 16x16 RGB image: red grows to the right, green downwards,
# and a blue "L" in the top-left corner shows which way is which.
ramp = torch.linspace(0, 1, 16)
img = torch.stack([ramp.expand(16, 16), ramp[:, None].expand(16, 16),
                   torch.zeros(16, 16)])
img[:, 2:10, 2:4] = torch.tensor([0.0, 0.0, 1.0]).view(3, 1, 1)
img[:, 8:10, 2:8] = torch.tensor([0.0, 0.0, 1.0]).view(3, 1, 1)

panels = {"original": img, "Grayscale()": Grayscale()(img),
          "HorizontalFlip()": HorizontalFlip()(img),
          "Compose([flip, gray])":
              Compose([HorizontalFlip(), Grayscale()])(img)}
assert panels["Grayscale()"].shape == (1, 16, 16)  # 3 channels -> 1
assert torch.equal(panels["HorizontalFlip()"][:, :, 0], img[:, :, -1])
# the composition is one after the other: gray(flip(img))
assert torch.equal(panels["Compose([flip, gray])"],
                   Grayscale()(HorizontalFlip()(img)))
fig, axes = plt.subplots(1, 4, figsize=(8, 2.4))
for ax, (name, out) in zip(axes, panels.items(), strict=True):
    if out.shape[0] == 1:  # one channel: show in gray, 0 = black, 1 = white
        ax.imshow(out[0], cmap="gray", vmin=0, vmax=1)
    else:  # matplotlib wants (H, W, C)
        ax.imshow(out.permute(1, 2, 0))
    ax.set_title(f"{name}\n{tuple(out.shape)}", fontsize=8)
    ax.axis("off")
fig.suptitle("Hand-written transforms on a 16x16 image", fontsize=10)
plt.show()
