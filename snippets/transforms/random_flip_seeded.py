import torch


class RandomHorizontalFlip:
    def __init__(self, p=0.5):
        self.p = p

    def __call__(self, img):  # img: (C, H, W)
        if torch.rand(1).item() < self.p:  # torch's RNG: torch.manual_seed
            return img.flip(-1)  # reverse the W (last) dimension
        return img


torch.manual_seed(0)
img = torch.arange(4.0).view(1, 1, 4)  # one row: 0 1 2 3
flip = RandomHorizontalFlip(p=0.5)
for i in range(5):
    print(f"call {i}:", flip(img).flatten().tolist())
