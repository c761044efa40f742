import torch


def one_step(opt_class):
    w = torch.tensor([1.0], requires_grad=True)
    opt = opt_class([w], lr=0.1, weight_decay=0.1)
    w.grad = torch.zeros(1)  # the loss does not care about w at all
    opt.step()
    return w.item()


adam, adamw = one_step(torch.optim.Adam), one_step(torch.optim.AdamW)
print(f"Adam (weight_decay=0.1):  w = {adam:.4f}")
print(f"AdamW(weight_decay=0.1):  w = {adamw:.4f}")
# Adam adds 0.1 * w to the gradient, then divides by its running scale:
# the decay becomes a full lr-sized step. AdamW shrinks w directly,
# by lr * weight_decay = 1%, outside the adaptive update.
assert abs(adam - 0.9) < 1e-4
assert abs(adamw - 0.99) < 1e-6

w = [torch.zeros(1, requires_grad=True)]
defaults = (torch.optim.Adam(w).defaults["weight_decay"],
            torch.optim.AdamW(w).defaults["weight_decay"])
print("default weight_decay: Adam", defaults[0], "| AdamW", defaults[1])
assert defaults == (0, 0.01)
