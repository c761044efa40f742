"""Hostile examples (the reliability review's attacks, tests/attacks/): nothing an example prints,
draws, raises or starts reaches the site unescaped or outlives the bake, and nothing it writes
outside its sandbox goes unnoticed.

Each attack runs through the real bake in a scratch repository: with the kernel isolation this
machine gives (PID, network and mount namespaces), and where a fallback is claimed, without it
(SNIPBAKE_ISOLATION=none: the post-run checks must then catch what the kernel would have refused).
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import threading
from pathlib import Path

import pytest

from snipbake import sandbox
from snipbake.layout import Layout
from tests.conftest import bake_cli, processes_of

ATTACKS = Path(__file__).parent / "attacks"
KERNEL = {"pid", "net", "mount"} <= set(sandbox.probe().split(","))
needs_kernel = pytest.mark.skipif(
    not KERNEL, reason=f"this machine gives no namespaces ({sandbox.probe()}): kernel checks moot"
)


def attack_repo(tmp: Path, names: list[str], *, isolation: str = "") -> Path:
    """A repository with an honest example, already baked (a victim for cache poisoning) and a
    victim file, then the attacks."""
    root = tmp / "repo"
    (root / "snippets" / "victims").mkdir(parents=True)
    (root / "victim").mkdir()
    (root / "victim" / "keep-me.txt").write_text("precious\n")
    shutil.copy(ATTACKS / "honest.py", root / "snippets" / "victims" / "honest.py")
    if "escape_writes" in names:
        bake(root, isolation=isolation)
    (root / "snippets" / "attack").mkdir()
    for name in ["_try", *names]:
        shutil.copy(ATTACKS / f"{name}.py", root / "snippets" / "attack" / f"{name}.py")
    return root


def bake(root: Path, *args: str, isolation: str = "", **env: str):
    saved = dict(os.environ)
    os.environ.update(env)
    if isolation:
        os.environ["SNIPBAKE_ISOLATION"] = isolation
    try:
        return bake_cli(root, *args, report=root.parent / "report.json")
    finally:
        os.environ.clear()
        os.environ.update(saved)


def out(report, name: str) -> str:
    return report.results[f"snippets/attack/{name}.py"].output


def canaries(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob("CANARY*"))


@needs_kernel
def test_writes_outside_the_sandbox_are_refused_by_the_kernel(tmp_path):
    root = attack_repo(tmp_path, ["escape_writes"])
    report = bake(root)
    text = out(report, "escape_writes")
    for label in ("open", "torch.save", "subprocess", "symlink", "proc-root", "dir_fd-unlink",
                  "mkfifo", "poison-cache"):  # fmt: skip
        assert f"{label}: refused" in text, text
    assert "victim still there: True" in text
    assert canaries(root) == [] and (root / "victim" / "keep-me.txt").is_file()
    assert report.results["snippets/victims/honest.py"].output == "tensor([2, 5, 8])\n"


def test_writes_are_detected_where_the_kernel_cannot_refuse_them(tmp_path):
    """Without namespaces, the audit hook refuses Python's own writes, and what it cannot see
    (torch's C++ writer, a subprocess, an unlink through a directory descriptor) happens: the
    bake finds every such change and fails the example, naming the path."""
    root = attack_repo(tmp_path, ["escape_writes"], isolation="none")
    report = bake(root, isolation="none")
    text = out(report, "escape_writes")
    for label in ("open", "symlink", "proc-root", "poison-cache"):
        assert f"{label}: refused (PermissionError)" in text, text
    written = sorted(
        f.split(": wrote ")[1].split(" during")[0] for f in report.failures if "wrote" in f
    )
    assert written == ["CANARY-fifo", "CANARY-sh", "CANARY-torch", "victim/keep-me.txt"], written
    culprits = {f.split(": wrote ")[0] for f in report.failures if "wrote" in f}
    assert culprits == {"snippets/attack/escape_writes.py"}, culprits
    assert canaries(root) == ["CANARY-fifo", "CANARY-sh", "CANARY-torch"]  # nothing else
    assert report.results["snippets/victims/honest.py"].output == "tensor([2, 5, 8])\n"


@pytest.mark.parametrize("isolation", ["", "none"])
def test_no_process_outlives_its_example(tmp_path, isolation):
    if not isolation and not KERNEL:
        pytest.skip("no PID namespaces here")
    root = attack_repo(tmp_path, ["daemon"])
    report = bake(root, isolation=isolation)
    assert processes_of(report.run) == []
    if isolation == "none":  # found re-parented to the bake, killed, and named
        assert any("left processes running" in f for f in report.failures), report.failures


@needs_kernel
def test_an_example_cannot_kill_the_bake(tmp_path):
    root = attack_repo(tmp_path, ["kill_parent", "daemon"])
    report = bake(root)
    assert "parent as seen from here: 0" in out(report, "kill_parent")
    assert report.results["snippets/victims/honest.py"].ok  # the others ran on
    assert report.results["snippets/attack/daemon.py"].ok


@needs_kernel
def test_secrets_never_reach_an_example(tmp_path):
    root = attack_repo(tmp_path, ["secrets"])
    report = bake(root, GITHUB_TOKEN="ghp_CANARY", ACTIONS_RUNTIME_TOKEN="ghp_CANARY")
    text = out(report, "secrets")
    assert "ghp_CANARY" not in text and "GITHUB_TOKEN" not in text
    assert "token in own env: False" in text
    assert "processes showing the token: []" in text


@needs_kernel
def test_an_example_has_no_network(tmp_path):
    root = attack_repo(tmp_path, ["network"])
    got = []
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(20)
    (root / "snippets" / "attack" / "port.txt").write_text(str(server.getsockname()[1]))

    def listen():
        try:
            conn, _ = server.accept()
            got.append(conn.recv(100))
        except OSError:
            pass

    thread = threading.Thread(target=listen)
    thread.start()
    report = bake(root)
    server.close()
    thread.join()
    assert got == [] and "no network" in out(report, "network")


def test_the_report_pipe_cannot_flood_the_parent(tmp_path):
    root = attack_repo(tmp_path, ["flood"])
    report = bake(root)
    [line] = [f for f in report.failures if "flood" in f]
    assert "more than 1,048,576 bytes to the engine's report pipe" in line


@pytest.mark.parametrize(
    "name, why",
    [
        ("forge_figure", "not a figure the engine saved"),
        ("svg_script", "it contains <script>"),
        ("svg_url", "it contains <a>"),
    ],
)
def test_the_parent_keeps_only_figures_it_checked(tmp_path, name, why):
    root = attack_repo(tmp_path, [name])
    report = bake(root)
    [line] = [f for f in report.failures if name in f]
    assert why in line
    layout = Layout(root)
    published = [p for p in layout.site.rglob("*") if p.is_file() and "/cpu/" in p.as_posix()]
    assert published == []
    assert not list(layout.results("cpu").rglob("*.svg"))


def test_replacing_os_exit_cannot_make_the_engine_return(tmp_path):
    root = attack_repo(tmp_path, ["exit_override"])
    report = bake(root)
    result = report.results["snippets/attack/exit_override.py"]
    assert result.ok and result.output == "overrode os._exit\n"


def test_limits_are_not_opt_out(tmp_path):
    root = attack_repo(tmp_path, ["limits"])
    [line] = bake(root).failures
    assert line.startswith(
        "snippets/attack/limits.py:1: bad `# bake:` header: memory is at most 16GiB"
    )
    assert "timeout is at most 600 s" in line


@needs_kernel
def test_dev_shm_is_private(tmp_path):
    root = attack_repo(tmp_path, ["shm"])
    assert out(bake(root), "shm") == "wrote /dev/shm\n"
    assert not Path("/dev/shm/snipbake-attack-shm").exists()


def test_odd_files_are_problems_of_their_own_path(tmp_path):
    """A FIFO, a folder named like an example, a symlink, a non-UTF-8 file, a name too long or
    unsafe for a URL: each is reported against its path, and the others still run."""
    root = attack_repo(tmp_path, [])
    page = root / "snippets" / "attack"
    os.mkfifo(page / "fifo.py")
    (page / "folder.py").mkdir()
    (page / "link.py").symlink_to("/etc/hostname")
    (page / "latin1.py").write_bytes(b'print("caf\xe9")\n')
    (page / ("l" * 245 + ".py")).write_text("print(1)\n")
    (page / "a<img src=x onerror=alert(8)>.py").write_text("print(1)\n")
    (page / "Twin.py").write_text("print(1)\n")
    (page / "twin.py").write_text("print(2)\n")  # one file on macOS and Windows
    report = bake(root)  # would hang on the FIFO, or crash, before
    failures = "\n".join(report.failures)
    assert "snippets/attack/fifo.py:1: not a regular file" in failures
    assert "snippets/attack/folder.py:1: a folder named like an example" in failures
    assert "snippets/attack/link.py:1: a symbolic link" in failures
    assert "snippets/attack/latin1.py:1: not UTF-8" in failures
    assert f"example name {'l' * 245!r}" in failures
    assert "example name 'a<img src=x onerror=alert(8)>'" in failures
    assert (
        "snippets/attack/twin.py:1: differs from snippets/attack/Twin.py only in case" in failures
    )
    assert report.results["snippets/victims/honest.py"].ok
    assert stat.S_ISFIFO(os.lstat(page / "fifo.py").st_mode)  # untouched
