import torch
from random_draws import RandomDraws
from torch.utils.data import DataLoader


def one_epoch(seed):  # every sample's torch, random and numpy draws
    loader = DataLoader(RandomDraws(4), batch_size=None, num_workers=2,
                        generator=torch.Generator().manual_seed(seed))
    return [(s["torch"], s["random"], s["numpy"]) for s in loader]


if __name__ == "__main__":
    first, again, other = one_epoch(0), one_epoch(0), one_epoch(1)
    print("seed 0:      ", first)
    print("seed 0 again:", again)
    print("seed 1:      ", other)
    assert first == again and first != other
