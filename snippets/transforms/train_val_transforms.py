import torch
from torch.utils.data import DataLoader, Dataset, Subset, random_split


class RandomHorizontalFlip:  # random augmentation: training only
    def __call__(self, img):
        return img.flip(-1) if torch.rand(1).item() < 0.5 else img


class Normalize:  # deterministic preprocessing: training AND validation
    def __init__(self, mean, std):
        self.mean, self.std = mean, std

    def __call__(self, img):
        return (img - self.mean) / self.std


class Compose:
    def __init__(self, transforms):
        self.transforms = transforms

    def __call__(self, img):
        for t in self.transforms:
            img = t(img)
        return img


class Images(Dataset):
    def __init__(self, images, transform):
        self.images, self.transform = images, transform

    def __len__(self):
        return len(self.images)

    def __getitem__(self, idx):
        return self.transform(self.images[idx])


torch.manual_seed(0)
images = torch.arange(24.0).view(6, 1, 1, 4)  # 6 images, one row of 4 px
g = torch.Generator().manual_seed(0)
train_part, val_part = random_split(range(6), [4, 2], generator=g)

# Same images, split once, each side with its own transform:
normalize = Normalize(mean=12.0, std=0.5)
train_tf = Compose([RandomHorizontalFlip(), normalize])
val_tf = Compose([normalize])  # the same preprocessing, no augmentation
train_ds = Subset(Images(images, train_tf), train_part.indices)
val_ds = Subset(Images(images, val_tf), val_part.indices)
train_loader = DataLoader(train_ds, batch_size=4)
val_loader = DataLoader(val_ds, batch_size=2)

seen = {"train": [], "val": []}
for epoch in (1, 2):
    print(f"epoch {epoch}")
    for name, loader in (("train", train_loader), ("val", val_loader)):
        rows = [img.flatten().int().tolist() for img in next(iter(loader))]
        seen[name].append(rows)
        print(f"  {name:5}", *rows)
assert seen["val"][0] == seen["val"][1]  # no randomness in validation
assert seen["train"][0] != seen["train"][1]  # new random flips each epoch
first_val = images[val_part.indices[0]].flatten()
assert seen["val"][0][0] == ((first_val - 12) / 0.5).tolist()  # normalized
