"""What a child does to itself before an example runs: the isolation the kernel enforces where the
machine allows it, and the checks that hold everywhere.

Where the bake runs as root (CI containers, GPU runners, this project's machines), or where
unprivileged user namespaces exist, each example gets, by the kernel:
  - its own PID namespace: every process it starts (workers, double-forked daemons, new sessions)
    dies when the example ends, and it cannot see or signal the bake;
  - its own network namespace: no network at all (loopback only);
  - its own mount namespace: every file system read-only except its sandbox folder, and a private
    /dev/shm that vanishes with it;
  - an unprivileged user (nobody) without capabilities: no reading root's files, no remounting.
Everywhere: a minimal environment (no tokens), resource limits, an audit hook that refuses
Python-level writes outside the sandbox with a clear message, and, in the parent, a check after
every bake that nothing in the repository or the build folder changed except what the parent
wrote. `probe()` says which level this machine gives; the bake prints it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import resource
import signal
import socket
import struct
import sys
import time
from functools import cache
from pathlib import Path

CLONE_NEWNS = 0x00020000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_NOATIME, MS_NODIRATIME, MS_BIND = 32, 1024, 2048, 4096
MS_REC, MS_PRIVATE, MS_RELATIME, MS_STRICTATIME = 16384, 1 << 18, 1 << 21, 1 << 24
_MOUNT_FLAGS = {
    "nosuid": MS_NOSUID,
    "nodev": MS_NODEV,
    "noexec": MS_NOEXEC,
    "noatime": MS_NOATIME,
    "nodiratime": MS_NODIRATIME,
    "relatime": MS_RELATIME,
    "strictatime": MS_STRICTATIME,
}
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 1, 36, 38
NOBODY = 65534
# What an example may see of the environment. Nothing else: no tokens, no CI secrets.
ENV_ALLOW = (
    "PATH",
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_CTYPE",
    "TZ",
    "LD_LIBRARY_PATH",
    "SNIPBAKE_RUN",
)
ENV_ALLOW_PREFIX = ("CUDA_", "NVIDIA_", "PYTORCH_CUDA_")
MARK = "SNIPBAKE_EXAMPLE"  # in the environment a child gives the programs it starts

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def _check(ret: int, what: str) -> None:
    if ret != 0:
        e = ctypes.get_errno()
        raise OSError(e, f"{what}: {os.strerror(e)}")


def _mount(src: str | None, target: str, fstype: str | None, flags: int, data: str | None = None):
    enc = lambda s: s.encode() if s is not None else None  # noqa: E731
    _check(_libc.mount(enc(src), enc(target), enc(fstype), flags, enc(data)), f"mount {target}")


def prctl(option: int, value: int) -> None:
    _check(_libc.prctl(option, value, 0, 0, 0), f"prctl({option})")


def clean_env(sandbox: str, example_rel: str, device: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in ENV_ALLOW or k.startswith(ENV_ALLOW_PREFIX)}
    env.update(
        HOME=sandbox,
        TMPDIR=sandbox,
        MPLBACKEND="Agg",
        MPLCONFIGDIR=sandbox,
        PYTHONHASHSEED="0",
        PYTHONDONTWRITEBYTECODE="1",
        **{MARK: example_rel},
    )
    if device == "cpu":
        env["CUDA_VISIBLE_DEVICES"] = ""  # a CPU bake stays on the CPU, even on a GPU host
    return env


def _mountinfo() -> list[tuple[str, int]]:
    """(mount point, flags to keep) for every mount, parents before children."""
    out = []
    with open("/proc/self/mountinfo", encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            point = fields[4].encode().decode("unicode_escape")
            keep = 0
            for opt in fields[5].split(","):
                keep |= _MOUNT_FLAGS.get(opt, 0)
            out.append((point, keep))
    return out


def _writable_tree(point: str) -> bool:
    """Kernel file systems stay as they are: /proc (remounted per PID namespace), /sys, /dev."""
    return point in ("/proc", "/sys", "/dev") or point.startswith(("/proc/", "/sys/", "/dev/"))


class PidNamespaces:
    """The parent forks each example as PID 1 of a fresh PID namespace: every process the example
    starts dies with it, and it cannot see or signal the bake. (unshare(CLONE_NEWPID) moves only
    the caller's future children; setns back to our own namespace after each fork.)"""

    def __init__(self) -> None:
        self.own = os.open("/proc/self/ns/pid", os.O_RDONLY | os.O_CLOEXEC)

    def fork(self) -> int:
        _check(_libc.unshare(CLONE_NEWPID), "unshare(CLONE_NEWPID)")
        try:
            return os.fork()
        finally:
            if os.getpid() != 1:  # the parent: later children go back to our own namespace
                _check(_libc.setns(self.own, CLONE_NEWPID), "setns")

    def close(self) -> None:
        os.close(self.own)


def enter_namespaces(sandbox: str, user_ns: bool) -> list[str]:
    """In the example's process, before anything of it runs: new network, IPC and mount
    namespaces, everything read-only but `sandbox`, a private /dev/shm. Returns what it achieved;
    raises OSError when the kernel refuses (then nothing was changed)."""
    uid, gid = os.getuid(), os.getgid()
    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC
    _check(_libc.unshare(flags | (CLONE_NEWUSER if user_ns else 0)), "unshare")
    if user_ns:  # be root inside the new user namespace only, mapped to our own user outside
        for name, text in (
            ("setgroups", "deny"),
            ("uid_map", f"0 {uid} 1"),
            ("gid_map", f"0 {gid} 1"),
        ):
            with open(f"/proc/self/{name}", "w") as f:
                f.write(text)
    _mount(None, "/", None, MS_REC | MS_PRIVATE)  # nothing we do here reaches the host
    _mount(sandbox, sandbox, None, MS_BIND | MS_REC)  # the sandbox: its own mount, stays writable
    for point, keep in _mountinfo():
        if point == sandbox or point.startswith(sandbox + "/") or _writable_tree(point):
            continue
        try:
            _mount(None, point, None, MS_REMOUNT | MS_BIND | MS_RDONLY | keep)
        except OSError as e:
            if point == "/" or e.errno not in (
                errno.EACCES,
                errno.EPERM,
                errno.EINVAL,
                errno.ENOENT,
            ):
                raise
    _mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "size=2g,mode=1777")
    if os.getpid() == 1:  # a /proc that shows this PID namespace only
        _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    try:
        _loopback_up()
    except OSError:
        pass  # no localhost then; still no network
    return ["net", "mount"] + (["user"] if user_ns else [])


def _loopback_up() -> None:
    """The new network namespace has only `lo`, down: bring it up (localhost works, nothing else)."""
    SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
    import fcntl

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        req = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(s, SIOCGIFFLAGS, req))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | IFF_UP))


def drop_privileges(achieved: list[str], isolation: str) -> None:
    """Give up every privilege for good. Inside namespaces the example keeps its user (so it reads
    what the bake reads: Python may live in a private home) but loses every capability, so nothing
    can remount, signal or escape; without them, on a root machine, it becomes `nobody`."""
    if achieved:
        _drop_capabilities()
    elif "nobody" in isolation.split(",") and os.geteuid() == 0:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    prctl(PR_SET_NO_NEW_PRIVS, 1)  # no setuid binary gives them back


def _drop_capabilities() -> None:
    PR_CAPBSET_DROP = 24
    for cap in range(64):  # the bounding set first: no exec can regain them
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            break
    header = struct.pack("Ii", 0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this process
    data = bytes(24)  # two empty __user_cap_data_struct: no capability of any kind
    _check(_libc.capset(header, data), "capset")


def own_sandbox(base: str, isolation: str, achieved: list[str]) -> None:
    """An example that will run as nobody must own its sandbox."""
    if not achieved and "nobody" in isolation.split(",") and os.geteuid() == 0:
        for dirpath, _dirnames, filenames in os.walk(base):
            os.chown(dirpath, NOBODY, NOBODY)
            for name in filenames:
                os.chown(os.path.join(dirpath, name), NOBODY, NOBODY)


def limit(memory: int, device: str, memory_base: int) -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if device == "cpu":  # CUDA reserves a huge address space: its examples are watched by RSS
        soft = memory_base + memory
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@cache
def probe() -> str:
    """Which isolation this machine gives an example, tried once in a throwaway child:
    "pid,net,mount" (root: PID namespaces too), "net,mount,user" (an unprivileged user namespace),
    else "nobody" (root without namespaces, where Python and torch are readable by nobody),
    else "none"."""
    forced = os.environ.get("SNIPBAKE_ISOLATION")  # "none" or "nobody": to test the fallbacks
    if forced in ("none", "nobody"):
        return forced
    if not sys.platform.startswith("linux"):
        return "none"
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.write(w, _probe_here().encode())
        os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        answer = f.read().decode() or "none"
    os.waitpid(pid, 0)
    return answer


def _probe_here() -> str:
    root = os.geteuid() == 0
    if root:
        try:
            pidns = PidNamespaces()
            pid = pidns.fork()
            if pid == 0:
                code = 0
                try:
                    enter_namespaces("/tmp", False)
                    _drop_capabilities()
                except OSError:
                    code = 1
                os._exit(code)
            _, status = os.waitpid(pid, 0)
            if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
                return "pid,net,mount"
        except OSError:
            pass
    try:
        return ",".join(enter_namespaces("/tmp", True))
    except OSError:
        pass
    if root:
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            for module in ("encodings", "multiprocessing", "torch"):  # can it still import?
                os.listdir(os.path.dirname(__import__(module).__file__ or "."))
            if os.access(sys.executable, os.X_OK):
                return "nobody"
        except OSError:
            pass
    return "none"


def describe(level: str) -> str:
    if {"pid", "net", "mount"} <= set(level.split(",")):
        return (
            "kernel isolation (own PID, network and mount namespaces; every file read-only but "
            "the sandbox; no capabilities)"
        )
    if {"net", "mount"} <= set(level.split(",")):
        return (
            "kernel isolation without a PID namespace (own network and mount namespaces; "
            "leftover processes are killed by the bake)"
        )
    if level == "nobody":
        return "partial isolation (runs as user nobody; network and /tmp not isolated)"
    return "no kernel isolation on this machine (audit hook and post-run checks only)"


def pdeathsig() -> None:
    """Die when the parent dies: a killed bake leaves nothing running."""
    try:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass


def become_subreaper() -> bool:
    try:
        prctl(PR_SET_CHILD_SUBREAPER, 1)
        return True
    except OSError:
        return False


def boot_ticks() -> int:
    """Now, in the clock /proc/<pid>/stat gives process start times in (ticks since boot)."""
    return int(time.clock_gettime(time.CLOCK_BOOTTIME) * os.sysconf("SC_CLK_TCK"))


def strays(parent: int, known: set[int]) -> list[tuple[int, int]]:
    """Processes re-parented to the bake (their parent died: a daemon) that it did not start,
    each with its start time in boot ticks, which tells whose run it began in."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) in known:
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="utf-8") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            found.append((int(entry.name), int(fields[19])))
    return found


def kill_and_reap(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def sandbox_dirs(base: Path) -> tuple[Path, Path, Path]:
    """(work, figures, lib): the example's cwd, where its figures are saved, its helper copies."""
    return base / "work", base / "figures", base / "lib"
