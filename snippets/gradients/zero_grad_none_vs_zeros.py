import torch


def idle_param_moves(make_optimizer, set_to_none):
    """Does a step move a parameter that took no part in this step?"""
    used = torch.nn.Parameter(torch.ones(2))
    idle = torch.nn.Parameter(torch.ones(2))
    opt = make_optimizer([used, idle])
    (used * idle).sum().backward()  # step 1: both get a gradient
    opt.step()
    opt.zero_grad(set_to_none=set_to_none)
    used.sum().backward()           # step 2: idle is not used
    before = idle.detach().clone()
    opt.step()
    return idle.grad, not torch.equal(idle, before)


optimizers = {
    "SGD": lambda p: torch.optim.SGD(p, lr=0.1),
    "SGD, momentum=0.9": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    "SGD, weight_decay": lambda p: torch.optim.SGD(p, lr=0.1,
                                                   weight_decay=0.1),
    "Adam": lambda p: torch.optim.Adam(p, lr=0.1),
}
print(f"{'':18} {'idle.grad None':>15} {'idle.grad zeros':>16}")
for name, make in optimizers.items():
    grad_none, moved_none = idle_param_moves(make, set_to_none=True)
    grad_zero, moved_zero = idle_param_moves(make, set_to_none=False)
    print(f"{name:18} {'moved' if moved_none else 'skipped':>15}"
          f" {'moved' if moved_zero else 'unchanged':>16}")
    assert grad_none is None and torch.equal(grad_zero, torch.zeros(2))
    assert not moved_none  # None: the optimiser skips the parameter
    # zeros: a real step with gradient 0, which still moves the
    # parameter when the optimiser has momentum, decay or Adam's state
    assert moved_zero == (name != "SGD")
