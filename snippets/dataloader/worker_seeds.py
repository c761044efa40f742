import random

import torch
from random_draws import RandomDraws, show
from torch.utils.data import DataLoader

if __name__ == "__main__":
    loader = DataLoader(RandomDraws(4), batch_size=None, num_workers=2,
                        generator=torch.Generator().manual_seed(0))
    replica = torch.Generator().manual_seed(0)  # to predict base_seed
    draws = {}  # (epoch, worker) -> the samples that worker loaded
    for epoch in (1, 2):
        samples = list(loader)  # new workers every epoch
        # base_seed: one number the loader draws from its generator
        base = torch.empty((), dtype=torch.int64).random_(
            generator=replica).item()
        print(f"epoch {epoch}: torch seed - base_seed per sample:",
              [s["seed"] - base for s in samples])
        show(samples)
        for s in samples:
            assert s["seed"] == base + s["worker"]
            draws.setdefault((epoch, s["worker"]), []).append(s)
        for w in (0, 1):  # `random` got the same seed, base_seed + w
            first = draws[epoch, w][0]["random"]
            assert first == random.Random(base + w).randrange(100)

    def col(epoch, worker, column):
        return [s[column] for s in draws[epoch, worker]]

    for c in ("torch", "random", "numpy"):  # reseeded in every worker
        assert col(1, 0, c) != col(1, 1, c) and col(1, 0, c) != col(2, 0, c)
    c = "own rng"  # a copy of the same generator in every worker
    assert col(1, 0, c) == col(1, 1, c) == col(2, 0, c)
