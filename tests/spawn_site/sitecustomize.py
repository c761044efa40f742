# Put on PYTHONPATH by tests/test_spawn.py: every process starts its workers with `spawn`,
# the default on macOS and Windows, as a reader's downloaded example would there.
import multiprocessing

multiprocessing.set_start_method("spawn", force=True)
