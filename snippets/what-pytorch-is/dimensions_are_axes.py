import torch

# 3 people, 2 features each (height in cm, weight in kg): shape (3, 2).
people = torch.tensor([[170.0, 65.0], [182.0, 80.0], [165.0, 55.0]])
print("people:", tuple(people.shape), "= (person, feature)")

# Reducing over dim 0 (the people) leaves one value per feature.
per_feature = people.mean(dim=0)
print("mean height, weight:", per_feature)
assert per_feature.shape == (2,)

# 8 RGB images of 32x32 pixels: 4 dims, and none of them is "a feature"
# in the note's sense: batch, colour channel, row, column.
images = torch.zeros(8, 3, 32, 32)
print("images:", tuple(images.shape), "= (image, channel, row, column)")
assert images[0, 2].shape == (32, 32)  # image 0, blue channel: a picture
