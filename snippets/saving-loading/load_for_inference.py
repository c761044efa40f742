# bake: devices=cpu,cuda
import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


def make_model():
    return nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.5),
                         nn.Linear(16, 3))


torch.manual_seed(0)
trained = make_model().to(device)  # (training happens here)
torch.save(trained.state_dict(), "model.pt")  # weights only: for inference

# Later, maybe on another machine: build, load, then eval().
model = make_model().to(device)
model.load_state_dict(torch.load("model.pt", map_location=device))
print("after loading, model.training:", model.training)
assert model.training  # a new module starts in training mode

x = torch.randn(5, 4, device=device)
same_in_train = torch.equal(model(x), model(x))  # dropout still active
model.eval()
with torch.inference_mode():  # no graph, no gradients
    out, again = model(x), model(x)
print("train mode, two calls agree:", same_in_train)
print("eval mode, two calls agree: ", torch.equal(out, again))
print("output:", out.device.type, "| requires_grad:", out.requires_grad)
assert not same_in_train and torch.equal(out, again)
assert not out.requires_grad and out.device.type == device.type
