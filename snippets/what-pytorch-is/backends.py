import torch

print("torch version :", torch.__version__.split("+")[0])
print("CUDA available:", torch.cuda.is_available())
# MPS: the GPUs of Apple-silicon Macs
print("MPS available :", torch.backends.mps.is_available())

# Device-agnostic code picks the best device present and runs anywhere.
device = "cuda" if torch.cuda.is_available() else "cpu"
print("using        :", torch.ones(2, device=device).device)
