import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
torch.manual_seed(0)
layer = torch.nn.Linear(3, 2)
batch = torch.ones(4, 3)  # 4 samples, 3 features

results = {
    "x + 2": x + 2,
    "x * x": x * x,
    "torch.sin(x)": torch.sin(x),
    "x.sum()": x.sum(),
    "x @ x": x @ x,
    "x ** 2": x ** 2,  # pow(tensor, number)
    "x ** x": x ** x,  # pow(tensor, tensor): another formula, another N
    "layer(batch)": layer(batch),  # nn.Linear on a batch
}
for code, t in results.items():
    print(f"{code:13} grad_fn: {type(t.grad_fn).__name__}")
