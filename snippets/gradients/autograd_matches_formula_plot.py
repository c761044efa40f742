import matplotlib.pyplot as plt
import torch

x = torch.linspace(-3, 3, 121, requires_grad=True)
y = 2.0  # hold y fixed and look at df/dx of f = sin(x * y)
f = torch.sin(x * y)
f.sum().backward()  # each f_i depends only on x_i: x.grad[i] = df_i/dx_i

xs = x.detach()
by_hand = y * torch.cos(xs * y)
same = torch.allclose(x.grad, by_hand, atol=1e-6)
print("autograd == y * cos(x * y) at all 121 points:", same)
assert same

plt.figure(figsize=(6, 3))
plt.plot(xs, f.detach(), label="f = sin(2x)", color="0.6")
plt.plot(xs, x.grad, label="x.grad (autograd)", linewidth=4, alpha=0.5)
plt.plot(xs, by_hand, "k--", label="2 cos(2x) (by hand)", linewidth=1)
plt.xlabel("x")
plt.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3, fontsize=8)
plt.title("df/dx of sin(x*y) at y = 2: autograd vs chain rule")
plt.show()
