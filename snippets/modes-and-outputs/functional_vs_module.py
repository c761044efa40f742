import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])

# Module form: build an object, then call it. Functional form: one call.
pairs = {
    "relu": (nn.ReLU()(x), F.relu(x)),
    "softmax": (nn.Softmax(dim=1)(x), F.softmax(x, dim=1)),
    "cross_entropy": (nn.CrossEntropyLoss()(x, target),
                      F.cross_entropy(x, target)),
}
for name, (module_out, functional_out) in pairs.items():
    same = torch.equal(module_out, functional_out)
    print(f"{name:13} module == functional: {same}")
    assert same
print("F.cross_entropy:", F.cross_entropy(x, target))
