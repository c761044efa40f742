# bake: alone
import time

import torch

torch.manual_seed(0)
torch.set_num_threads(1)  # one thread: steadier CPU times
model = torch.nn.Sequential(
    torch.nn.Linear(64, 64), torch.nn.ReLU(),
    torch.nn.Linear(64, 64), torch.nn.ReLU(),
    torch.nn.Linear(64, 10),
)
x = torch.randn(16, 64)
modes = {"grad enabled": torch.enable_grad, "no_grad": torch.no_grad,
         "inference_mode": torch.inference_mode}
best = dict.fromkeys(modes, float("inf"))
for _ in range(40):  # interleave the modes, keep each one's best
    for name, mode in modes.items():
        start = time.thread_time()  # CPU time: ignores other programs
        with mode():
            for _ in range(100):
                model(x)
        best[name] = min(best[name], time.thread_time() - start)

ratio = best["no_grad"] / best["inference_mode"]
close = 1 / 1.5 < ratio < 1.5
slowest = best["grad enabled"] > 1.1 * max(best["no_grad"],
                                           best["inference_mode"])
print("inference_mode within 1.5x of no_grad:", close)
print("grad enabled is over 10% slower than both:", slowest)
assert close and slowest  # wide margins, on the machine that built this
