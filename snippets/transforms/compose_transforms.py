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


add_then_double = Compose([AddOne(), Double()])(3)
double_then_add = Compose([Double(), AddOne()])(3)
print("Compose([AddOne(), Double()])(3) =", add_then_double)
print("Compose([Double(), AddOne()])(3) =", double_then_add)
assert (add_then_double, double_then_add) == ((3 + 1) * 2, 3 * 2 + 1)
