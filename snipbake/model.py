"""The typed result of running one example: built by the runner from what it measured itself,
stored by the store, read by everyone else. Frozen: nothing mutates a result; `replace` makes a new one.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

Status = Literal["ok", "failed", "skipped"]
CellKind = Literal["code", "markdown"]
SCHEMA = 2  # bump when the JSON shape changes: older stored results then read as misses


@dataclass(frozen=True)
class Error:
    kind: str  # exception | exit | timeout | signal | nondeterministic | invalid | wrote | engine
    message: str
    type: str = ""
    line: int | None = None

    def where(self, rel: str) -> str:
        """`file:line` (or just the file), as every failure is named."""
        return f"{rel}:{self.line}" if self.line else rel


@dataclass(frozen=True)
class Figure:
    file: str  # a name inside the example's figure folder, checked by the runner
    alt: str = ""
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class Cell:
    kind: CellKind
    source: str
    output: str = ""
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Provenance:
    """What produced a result: shown as the output's stamp, and part of the cache key."""

    torch: str
    numpy: str = ""
    matplotlib: str = ""
    python: str = ""
    device_name: str = ""
    date: str = ""
    isolation: str = ""


@dataclass(frozen=True)
class Result:
    example: str  # repository-relative path of the example
    device: str
    status: Status
    cells: tuple[Cell, ...] = ()
    error: Error | None = None
    reason: str = ""  # why it was skipped
    truncated_bytes: int = 0
    seconds: float = 0.0  # wall time, measured by the parent
    cpu_seconds: float = 0.0  # CPU time of the example and everything it started
    key: str = ""
    checked: bool = False  # ran twice with the same output (the determinism check)
    provenance: Provenance | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def output(self) -> str:
        return "".join(c.output for c in self.cells)

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for c in self.cells for f in c.figures)

    def failure_line(self) -> str:
        """`file:line: message`, with the device when it is not the CPU."""
        err = self.error or Error("unknown", "failed")
        on = "" if self.device == "cpu" else f" [on {self.device}]"
        return f"{err.where(self.example)}: {err.message}{on}"

    def replace(self, **changes: Any) -> Result:
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict:
        return {"schema": SCHEMA, **dataclasses.asdict(self)}

    @classmethod
    def from_json(cls, data: dict) -> Result | None:
        """None for anything that is not a current, well-formed result (it is then re-run)."""
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            return None
        try:
            cells = tuple(
                Cell(
                    kind=c["kind"],
                    source=c["source"],
                    output=c.get("output", ""),
                    figures=tuple(Figure(**f) for f in c.get("figures", ())),
                )
                for c in data.get("cells", ())
            )
            error = Error(**data["error"]) if data.get("error") else None
            prov = Provenance(**data["provenance"]) if data.get("provenance") else None
            fields = {f.name for f in dataclasses.fields(cls)} - {"cells", "error", "provenance"}
            plain = {k: v for k, v in data.items() if k in fields}
            return cls(**plain, cells=cells, error=error, provenance=prov)
        except (KeyError, TypeError, ValueError):
            return None

    @classmethod
    def skipped(cls, example: str, device: str, reason: str) -> Result:
        return cls(example=example, device=device, status="skipped", reason=reason)

    @classmethod
    def invalid(cls, example: str, problems: tuple[str, ...], line: int | None) -> Result:
        """An example that was never run: its file or header is wrong."""
        return cls(
            example=example,
            device="cpu",
            status="failed",
            error=Error("invalid", "; ".join(problems), line=line),
        )
