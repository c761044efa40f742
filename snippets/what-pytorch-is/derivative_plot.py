import matplotlib.pyplot as plt
import torch

# autograd differentiates sin(x) at 200 points at once;
# compare with cos(x), the textbook answer.
x = torch.linspace(-3.2, 3.2, 200, requires_grad=True)
y = torch.sin(x)
y.sum().backward()  # d(sum sin x_i)/dx_i = cos(x_i)

same = torch.equal(x.grad, torch.cos(x.detach()))  # bit for bit
print("x.grad == cos(x) at all 200 points:", same)
assert same

xs = x.detach()
plt.figure(figsize=(6, 3))
plt.plot(xs, y.detach(), label="sin(x)")
plt.plot(xs, x.grad, label="x.grad from autograd", linewidth=3, alpha=0.5)
plt.plot(xs, torch.cos(xs), "k--", label="cos(x)", linewidth=1)
plt.legend()
plt.title("autograd's derivative of sin(x) is cos(x)")
plt.show()
