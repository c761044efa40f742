from torch import nn

model = nn.Sequential(
    nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.5),
    nn.Sequential(nn.Linear(8, 8), nn.BatchNorm1d(8)),
)


def flags(m):
    return [sub.training for sub in m.modules()]  # model + all submodules


print("new model:", flags(model))
returned = model.eval()  # same as model.train(False)
print("eval():   ", flags(model))
model.train()
print("train():  ", flags(model))
assert returned is model and all(flags(model))  # eval() returns the model
