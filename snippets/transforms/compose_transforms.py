class Compose:
    """Chain transforms: Compose([f, g])(x) == g(f(x))."""

    def __init__(self, transforms):
        self.transforms = list(transforms)

    def __call__(self, sample):
        for t in self.transforms:  # in list order
            sample = t(sample)
        return sample


class AddOne:
    def __call__(self, x):
        return x + 1


class Double:
    def __call__(self, x):
        return x * 2


print("Compose([AddOne(), Double()])(3) =", Compose([AddOne(), Double()])(3))
print("Compose([Double(), AddOne()])(3) =", Compose([Double(), AddOne()])(3))
