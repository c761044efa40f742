import torch
import torch.nn.functional as F

logits = torch.tensor([[1000.0, 0.0]], requires_grad=True)
target = torch.tensor([1])  # the model is confidently wrong

naive = torch.log(torch.softmax(logits, dim=1))  # softmax underflows to 0
print("log(softmax):", naive.detach())
print("log_softmax: ", F.log_softmax(logits, dim=1).detach())

loss = F.nll_loss(naive, target)
loss.backward()
print("naive loss:", loss.item(), "| grad:", logits.grad)
assert torch.isinf(loss) and torch.isnan(logits.grad).all()

logits.grad = None
loss = F.cross_entropy(logits, target)  # log_softmax inside
loss.backward()
print("cross_entropy:", loss.item(), "| grad:", logits.grad)
assert loss.item() == 1000.0
assert torch.allclose(logits.grad, torch.tensor([[1.0, -1.0]]))
