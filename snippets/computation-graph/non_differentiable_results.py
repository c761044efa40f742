import torch

x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)

results = {
    "x * 2": x * 2,             # float result: recorded
    "x > 0": x > 0,             # bool: a comparison has no gradient
    "x.argmax()": x.argmax(),   # int64: an index has no gradient
    "x.long()": x.long(),       # int64: a cast to integers
}
for code, t in results.items():
    fn = type(t.grad_fn).__name__ if t.grad_fn else None
    print(f"{code:10} dtype={str(t.dtype):13} requires_grad="
          f"{t.requires_grad!s:5} grad_fn={fn}")

assert results["x * 2"].requires_grad
assert not any(results[k].requires_grad
               for k in ("x > 0", "x.argmax()", "x.long()"))
