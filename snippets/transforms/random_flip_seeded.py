import torch


class RandomHorizontalFlip:
    def __init__(self, p=0.5):
        self.p = p

    def __call__(self, img):  # img: (C, H, W)
        if torch.rand(1).item() < self.p:  # torch's RNG: torch.manual_seed
            return img.flip(-1)  # reverse the W (last) dimension
        return img


img = torch.arange(4.0).view(1, 1, 4)  # one row: 0 1 2 3
flip = RandomHorizontalFlip(p=0.5)


def five_calls():
    return [flip(img).flatten().tolist() for _ in range(5)]


torch.manual_seed(0)
calls = five_calls()
for i, row in enumerate(calls):
    print(f"call {i}:", row)
torch.manual_seed(0)  # the same seed again: the same flips
again = five_calls()
print("same seed, same flips:", again == calls)
assert again == calls
# each call either flips the row or leaves it alone, and both happen
assert {tuple(row) for row in calls} == {(3.0, 2.0, 1.0, 0.0),
                                         (0.0, 1.0, 2.0, 3.0)}
