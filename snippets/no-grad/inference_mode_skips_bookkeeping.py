import torch

for mode in (torch.no_grad, torch.inference_mode):
    with mode():
        t = torch.ones(4)
        v = t.view(2, 2)   # a view: same memory as t
        v.add_(1)          # an in-place change, through the view
        tracked = v._is_view()
        # an inference tensor has no version counter to read
        version = "none" if t.is_inference() else t._version
    print(f"{mode.__name__:14}: view tracked {tracked!s:5} | "
          f"t._version {version}")
    assert torch.equal(t, torch.full((4,), 2.0))  # the same result
    if mode is torch.no_grad:
        assert tracked and version == 1
    else:
        assert not tracked and version == "none"
