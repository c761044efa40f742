import torch
from random_draws import RandomDraws, reseed_own_rng, show
from torch.utils.data import DataLoader

if __name__ == "__main__":
    loader = DataLoader(RandomDraws(4), batch_size=None, num_workers=2,
                        generator=torch.Generator().manual_seed(0),
                        worker_init_fn=reseed_own_rng)  # runs in each worker
    own = {}  # (epoch, worker) -> that worker's "own rng" draws
    for epoch in (1, 2):
        samples = list(loader)
        print(f"epoch {epoch}")
        show(samples)
        for s in samples:
            own.setdefault((epoch, s["worker"]), []).append(s["own rng"])
    assert own[1, 0] != own[1, 1] and own[1, 0] != own[2, 0]
