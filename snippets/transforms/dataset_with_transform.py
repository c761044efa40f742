import torch
from torch.utils.data import DataLoader, Dataset


class Scale:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, sample):
        return sample * self.factor


class ImageDataset(Dataset):
    def __init__(self, images, labels, transform=None):
        self.images, self.labels = images, labels
        self.transform = transform  # any callable, or None

    def __len__(self):
        return len(self.images)

    def __getitem__(self, idx):
        img = self.images[idx]
        if self.transform is not None:
            img = self.transform(img)  # applied per sample, when loaded
        return img, self.labels[idx]


images = torch.ones(4, 1, 2, 2)  # 4 one-channel 2x2 images
labels = torch.tensor([0, 1, 0, 1])
ds = ImageDataset(images, labels, transform=Scale(10))
xb, yb = next(iter(DataLoader(ds, batch_size=4)))
print("batch:", tuple(xb.shape), "values:", xb.unique().tolist())
print("stored images untouched:", images.unique().tolist())
assert torch.equal(xb, images * 10)  # transformed on the way out
assert torch.equal(images, torch.ones(4, 1, 2, 2))  # stored ones intact
