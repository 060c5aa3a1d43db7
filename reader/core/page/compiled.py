"""The page parser compiled by mypyc, used when a build of it for this Python
is there and no source it was compiled from has changed since.

Compiling is optional (``scripts/compile_parser.py``; it needs mypy and a C
compiler): it makes parsing about 1.5x faster, with the same output.  Without
a build, or once a source changes (a stale build is never run), or with
``DUBAO_PURE_PARSER=1`` set, the sources run as they are.  The build lives
outside the package (``build/mypyc/<python>/``), so a checkout's sources are
always what its modules say.
"""

from __future__ import annotations

import json
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

#: The package's sources.
PAGE = Path(__file__).resolve().parent
#: Where scripts/compile_parser.py puts the build for this Python.
#: (named by this Python's extension tag, cpython-311-x86_64-linux-gnu; not from
#: sysconfig, whose import alone takes 4 ms of the window's start)
BUILD = PAGE.parents[2] / "build" / "mypyc" / EXTENSION_SUFFIXES[0].split(".")[1]
#: The stamp of a build: each source compiled, with its size and mtime then.
STAMP = "stamp.json"
#: Set (to anything) to run the sources even when a fresh build is there.
PURE = "DUBAO_PURE_PARSER"


def build_is_fresh(build: Path = BUILD, sources: Path = PAGE) -> bool:
    """Is there a build in *build* whose every source in *sources* is as it
    was when compiled (same size and modification time)?"""
    try:
        recorded = json.loads((build / STAMP).read_text(encoding="utf-8"))["sources"]
        if not recorded:
            return False
        for name, (size, mtime) in recorded.items():
            st = (sources / name).stat()
            if st.st_size != size or st.st_mtime_ns != mtime:
                return False
    except (OSError, ValueError, TypeError, KeyError):
        return False
    return True


def use_build(package_path: list[str]) -> bool:
    """Put a fresh build first on the package's *package_path* (its modules
    then load from there) and its runtime library on ``sys.path``.  Returns
    whether it did."""
    if os.environ.get(PURE) or not build_is_fresh():
        return False
    package_path.insert(0, str(BUILD / "reader" / "core" / "page"))
    sys.path.append(str(BUILD))
    return True


def check_texts() -> list[str]:
    """Pages to hold a build to the sources with, made from the shipped sample
    page alone (so any checkout has them): the page, its blocks shuffled,
    indented and run together in 24 ways (fixed seed), and all of them as one
    text (read a stretch at a time)."""
    import random

    from reader.core.resources import sample_page

    text = sample_page().read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    rnd = random.Random(7)
    out = [text]
    for i in range(24):
        chosen = rnd.sample(blocks, k=max(2, len(blocks) // 2))
        if i % 3 == 1:
            chosen = ["\n".join("\u3000\u3000" + line if rnd.random() < 0.3 else line
                                for line in block.split("\n")) for block in chosen]
        out.append(("\n" if i % 3 == 2 else "\n\n").join(chosen))
    out.append("\n\n".join(out))
    return out

