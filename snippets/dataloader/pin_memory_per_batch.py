# bake: devices=cpu,cuda
import textwrap
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

accelerator = torch.accelerator.current_accelerator()  # None: CPU only
print("accelerator:", accelerator)
# torch 2.13 pins for CUDA and similar devices, but not for Apple's MPS.
pins = accelerator is not None and accelerator.type != "mps"
ds = TensorDataset(torch.randn(8, 3))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # record every warning, repeats too
    loader = DataLoader(ds, batch_size=4, pin_memory=True)
    print("warnings after DataLoader(...):", len(caught))
    assert not caught  # building the loader neither pins nor warns
    for epoch in range(2):
        pinned = [xb.is_pinned() for (xb,) in loader]  # pinned per batch
        print(f"epoch {epoch}: batches pinned {pinned}, "
              f"warnings so far: {len(caught)}")
        assert pinned == [pins, pins]
        assert len(caught) == (0 if pins else epoch + 1)  # 1 per epoch

for w in caught[:1]:
    print(textwrap.fill(f"{w.category.__name__}: {w.message}", 72))
print("the dataset's own tensor is pinned:", ds.tensors[0].is_pinned())
assert not ds.tensors[0].is_pinned()

with warnings.catch_warnings(record=True) as shown:
    warnings.simplefilter("default")  # Python's default: once per place
    for _epoch in range(3):
        for _batch in loader:
            pass
print("warnings shown in 3 epochs under the default filter:", len(shown))
assert len(shown) == (0 if pins else 1)
