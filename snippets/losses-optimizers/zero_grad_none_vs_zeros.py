import torch

optimizers = {
    "SGD": lambda p: torch.optim.SGD(p, lr=0.1),
    "SGD momentum=0.9": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    "SGD weight_decay": lambda p: torch.optim.SGD(p, lr=0.1,
                                                  weight_decay=0.1),
    "Adam": lambda p: torch.optim.Adam(p, lr=0.1),
    "AdamW": lambda p: torch.optim.AdamW(p, lr=0.1),  # weight_decay=0.01
}


def moved_by_empty_step(make, set_to_none):
    w = torch.tensor([1.0], requires_grad=True)
    opt = make([w])
    (3 * w).sum().backward()
    opt.step()  # one real step: momentum and Adam now have state
    opt.zero_grad(set_to_none=set_to_none)
    before = w.item()
    opt.step()  # a step with no new gradient
    return w.item() != before


print(f"{'':17} grad None: moved   grad zeros: moved")
for name, make in optimizers.items():
    none = moved_by_empty_step(make, set_to_none=True)
    zeros = moved_by_empty_step(make, set_to_none=False)
    print(f"{name:17} {none!s:>15}   {zeros!s:>16}")
    assert not none  # a None gradient: the parameter is skipped
    assert zeros == (name != "SGD")  # zeros: only plain SGD stays put
