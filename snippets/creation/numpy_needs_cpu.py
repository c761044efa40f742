# bake: devices=cpu,cuda
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
t = torch.arange(3.0, device=device)
try:
    print("t.numpy()      :", t.numpy())  # only for CPU tensors
except TypeError as e:
    print("TypeError:", e)

# .cpu() copies a GPU tensor to the CPU (and is free for a CPU tensor).
print("t.cpu().numpy():", t.cpu().numpy())
