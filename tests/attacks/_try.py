"""Shared by the attack examples: try something, say whether it happened, never raise."""


def attempt(label, fn):
    try:
        fn()
        print(f"{label}: DONE")
    except Exception as e:  # noqa: BLE001
        print(f"{label}: refused ({type(e).__name__})")
