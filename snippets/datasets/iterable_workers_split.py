from split_stream import SplitStream  # the class above, in its own file
from torch.utils.data import DataLoader

if __name__ == "__main__":
    loader = DataLoader(SplitStream(6), batch_size=None, num_workers=2)
    order = [x for x, _target in loader]
    print("arrival order:", order)
    print("each sample once:", sorted(order) == list(range(6)))
    assert sorted(order) == list(range(6))
