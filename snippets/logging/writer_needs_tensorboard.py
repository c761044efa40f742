import sys

loaded_before = "tensorboard" in sys.modules
from torch.utils.tensorboard import SummaryWriter  # torch's own module

# Importing torch's writer imported the separate `tensorboard` package:
# without `pip install tensorboard`, this import is what fails.
tb = sys.modules["tensorboard"]
print("tensorboard package loaded before the import:", loaded_before)
print("after importing SummaryWriter:", "tensorboard" in sys.modules)
print("from", tb.__name__, "version", tb.__version__)
assert not loaded_before and SummaryWriter.__module__.startswith("torch.")
