import torch

big = torch.zeros(1_000_000)  # 4,000,000 bytes
head = big[:10]  # a view: it shares big's storage
del big  # the name is gone, the storage is not

print("head has", head.numel(), "elements")
print("storage kept alive:", head.untyped_storage().nbytes(), "bytes")
assert head.untyped_storage().nbytes() == 4_000_000

head = head.clone()  # a copy owns a storage of its own size
print("after clone()     :", head.untyped_storage().nbytes(), "bytes")
assert head.untyped_storage().nbytes() == 10 * 4
