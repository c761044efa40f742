"""What the parent makes of the bytes a child printed: text as a terminal would show it, with
machine-specific paths made stable, and a diagnosis when the child died without reporting.

All of it runs in the parent, on bytes the parent read from the pipes itself.
"""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

from .model import Error

MAX_OUTPUT = 64 * 1024  # bytes of output kept per example; the rest is counted and noted
MAX_REPORT = 1 << 20  # bytes a child may write to the result pipe before it is killed

_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
# C0 controls other than tab and newline, DEL, and C1 controls: invisible or harmful in a page.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SITE_PACKAGES = re.compile(r"""(?<=["'\s(])/[^\s"':]*/site-packages/""")


def terminal_text(text: str) -> str:
    """The text as a terminal leaves it on screen: colour codes dropped, a carriage return
    overwrites its line (progress bars show their last state), other control characters go,
    tabs are expanded (Markdown would turn them into 4 spaces), and only `\\n` ends a line
    (Unicode line separators would split lines in the page)."""
    text = _ANSI.sub("", text.replace("\r\n", "\n"))
    lines = []
    for line in text.split("\n"):
        if "\r" in line:
            line = next((p for p in reversed(line.split("\r")) if p), "")
        line = _CONTROL.sub("", line).replace("\u2028", " ").replace("\u2029", " ")
        lines.append(line.replace("\x85", " ").expandtabs(8))
    return "\n".join(lines)


ENGINE = str(Path(__file__).resolve().parent.parent)  # where snipbake/ itself lives


def normalise(text: str, root: Path, sandbox: tuple[str, ...]) -> str:
    """Paths that differ per machine become stable: repo paths relative, the example's working
    directory (and the sandbox around it) `.`."""
    text = text.replace(str(root) + os.sep, "").replace(ENGINE + os.sep, "")
    dirs = {d for s in sandbox for d in (s, os.path.realpath(s))}
    for wd in sorted(dirs, key=len, reverse=True):
        text = text.replace(wd + os.sep, "").replace(wd, ".")
    return terminal_text(_SITE_PACKAGES.sub("site-packages/", text))


_ENGINE_FRAME = re.compile(r'^\s+File "(snipbake/|<frozen )[^\n]*\n', re.M)
_EXTENSIONS = re.compile(r"^\nExtension modules: .*(\n|$)", re.M)
_THREAD_ID = re.compile(r"^(Current thread|Thread) 0x[0-9a-f]+", re.M)
_FRAME = re.compile(r'File "([^"]+)", line (\d+)')


def tidy_dump(text: str) -> str:
    """Tracebacks and faulthandler dumps without the engine's own frames (the audit hook's, the
    runner's) and machine-specific noise."""
    text = _ENGINE_FRAME.sub("", text)
    text = _EXTENSIONS.sub("", text)
    return _THREAD_ID.sub(r"\1", text)


def line_from_dump(rel: str, path: str, text: str) -> int | None:
    for file, line in _FRAME.findall(text):  # faulthandler: most recent call first
        if file in (rel, path):
            return int(line)
    return None


def diagnose(status: int, timed_out: bool, timeout: float, line: int | None) -> Error:
    """Why a child ended without reporting: timeout, signal, or a bare exit."""
    if timed_out:
        return Error(
            "timeout",
            f"timed out after {timeout:g} s (ask for more with `# bake: timeout=SECONDS`)",
            "Timeout",
            line,
        )
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        hint = " (memory limit? ask for more with `# bake: memory=...`)" if sig == 9 else ""
        return Error(
            "signal", f"killed by signal {name} ({signal.strsignal(sig)}){hint}", name, line
        )
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else status
    return Error(
        "exit", f"the process exited with status {code} before finishing (os._exit?)", "Exit", line
    )
