# bake: devices=cpu,cuda
import textwrap

import torch

t = torch.arange(6.0)  # ordinary (pageable) CPU memory
print("t pinned:", t.is_pinned())
assert not t.is_pinned()

if torch.accelerator.is_available():
    p = t.pin_memory()  # a page-locked COPY of t
    print("p pinned:", p.is_pinned(), "| p is still on:", p.device)
    print("t itself is still pageable:", not t.is_pinned())
    print("p is a copy, not t's memory:", p.data_ptr() != t.data_ptr())
    assert p.is_pinned() and p.device.type == "cpu" and not t.is_pinned()
    assert p.data_ptr() != t.data_ptr() and torch.equal(p, t)
    assert p.pin_memory() is p  # already pinned: returned as it is
    q = torch.zeros(6, pin_memory=True)  # or create it pinned
    print("created pinned:", q.is_pinned())
    assert q.is_pinned()
else:  # pinning needs an accelerator; torch 2.13 refuses without one
    try:
        t.pin_memory()
    except RuntimeError as e:
        print(textwrap.fill(f"t.pin_memory() -> RuntimeError: {e}", 79,
                            subsequent_indent="  "))
    else:
        raise AssertionError("pin_memory() should fail without a GPU")
    try:
        torch.zeros(6, pin_memory=True)
    except RuntimeError as e:
        print(textwrap.fill(f"zeros(6, pin_memory=True) -> RuntimeError: {e}",
                            79, subsequent_indent="  "))
    else:
        raise AssertionError("pin_memory=True should fail without a GPU")
