import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

# (token ids, label) pairs of different lengths
data = [(torch.tensor([1, 2, 3]), 0), (torch.tensor([4, 5]), 1),
        (torch.tensor([6]), 1), (torch.tensor([7, 8, 9, 10]), 0)]


def pad_collate(batch):  # batch: the list of samples the loader picked
    seqs = [seq for seq, _ in batch]
    labels = [label for _, label in batch]
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True, padding_value=0)
    mask = torch.arange(padded.size(1)) < lengths[:, None]  # True = real
    return padded, lengths, mask, torch.tensor(labels)


loader = DataLoader(data, batch_size=2, collate_fn=pad_collate)
widths = []
for padded, lengths, mask, labels in loader:
    print(f"padded:\n{padded}\nlengths: {lengths}  labels: {labels}")
    print(f"mask:\n{mask}\n")
    assert (padded[~mask] == 0).all()  # padding is exactly where mask is
    widths.append(padded.shape[1])
assert widths == [3, 4]  # each batch padded to its own longest sequence
