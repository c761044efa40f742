# bake: devices=cpu,cuda
import torch

t = torch.arange(6.0)  # ordinary (pageable) CPU memory
print("t pinned:", t.is_pinned())

try:
    p = t.pin_memory()  # a page-locked COPY of t
    print("p pinned:", p.is_pinned(), "| p is still on:", p.device)
    print("t itself is still pageable:", not t.is_pinned())
    print("p is a copy, not t's memory:", p.data_ptr() != t.data_ptr())
except RuntimeError as e:  # pinning needs an accelerator
    print("RuntimeError:", e)
