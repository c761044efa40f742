from torch import nn

model = nn.Sequential(
    nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.5),
    nn.Sequential(nn.Linear(8, 8), nn.BatchNorm1d(8)),
)


def flags(m):
    return [sub.training for sub in m.modules()]  # model + all submodules


print("new model:", flags(model))
model.eval()  # same as model.train(False); returns the model
print("eval():   ", flags(model))
model.train()
print("train():  ", flags(model))
assert model.eval() is model and not any(flags(model))
