"""Where an indexing run is: what the indexer reports after each file, and the
line a child process writes for it (``python -m reader index --progress-json``).

Standard library only: the window reads these lines without loading the indexer
(and the parser it brings) at start-up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IndexProgress:
    """Where a run is, for a progress bar: after each file."""

    done: int
    total: int
    path: str
    articles: int
    elapsed_s: float

    @property
    def rate(self) -> float:
        """Files per second so far."""
        return self.done / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the rate so far; None before there is a rate."""
        rate = self.rate
        return (self.total - self.done) / rate if rate > 0 else None

    def to_json_line(self) -> str:
        """One line of ``python -m reader index --progress-json``."""
        eta = self.eta_s
        return json.dumps({
            "done": self.done, "total": self.total, "path": self.path,
            "articles": self.articles, "elapsed_s": round(self.elapsed_s, 3),
            "rate": round(self.rate, 2), "eta_s": None if eta is None else round(eta, 1),
        }, ensure_ascii=False)

    @classmethod
    def from_json_line(cls, line: str) -> IndexProgress | None:
        """The progress a :meth:`to_json_line` line describes; None for any other line."""
        if not line.startswith("{"):
            return None
        try:
            data = json.loads(line)
            return cls(int(data["done"]), int(data["total"]), str(data.get("path", "")),
                       int(data["articles"]), float(data["elapsed_s"]))
        except (ValueError, KeyError, TypeError):
            return None
