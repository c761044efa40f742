from torch import nn

model = nn.Sequential(  # the notes' 50-30-20-3 network
    nn.Linear(50, 30), nn.ReLU(),
    nn.Linear(30, 20), nn.ReLU(),
    nn.Linear(20, 3),
)

for name, p in model.named_parameters():
    print(f"{name:9} {str(tuple(p.shape)):9} numel={p.numel():5}"
          f"  requires_grad={p.requires_grad}")

total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print("total:", total, "| trainable:", trainable)
assert total == (50 * 30 + 30) + (30 * 20 + 20) + (20 * 3 + 3) == 2213
assert trainable == total  # every parameter starts trainable
