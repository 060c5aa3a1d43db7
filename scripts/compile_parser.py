"""Compile the page parser (reader/core/page) with mypyc: optional, about 1.5x
faster parsing with the same output.

    .venv/bin/python scripts/compile_parser.py          # build
    .venv/bin/python scripts/compile_parser.py --clean  # remove the build

Needs mypy (in the test extras, which bring mypyc) and a C compiler.  The
build goes to ``build/mypyc/<python>/`` with a stamp of the sources it was
made from; :mod:`reader.core.page.compiled` loads it only while every one of
them is unchanged (so an edit takes effect at once, uncompiled, until the next
build).  The build is checked: it must parse 26 pages made from the sample
page (its blocks shuffled, indented, run together), the dev pages (when
../shared is there) and all of them as one text exactly as the sources do, or
it is removed.  Nothing else needs the build: without it the sources
run as they are.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.page.compiled import BUILD, PAGE, PURE, STAMP  # noqa: E402

#: Modules left as they are: the package's own loader, and the ones no page
#: parse spends time in.
SKIP = frozenset({"__init__.py", "compiled.py", "pages.py", "shown.py"})


def sources() -> list[Path]:
    return sorted(p for p in PAGE.glob("*.py") if p.name not in SKIP)


def build(quiet: bool = False) -> None:
    files = sources()
    # (stat before copying: a file changed during the build then fails the stamp)
    stamp = {p.name: [p.stat().st_size, p.stat().st_mtime_ns] for p in files}
    with tempfile.TemporaryDirectory(prefix="dubao-mypyc-") as tmp:
        work = Path(tmp)
        # compiled in a copy of the package, away from pyproject.toml (setuptools
        # reads it and mypyc needs none of it) and from the sources themselves
        shutil.copytree(ROOT / "reader", work / "reader",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        args = [str(p.relative_to(ROOT)) for p in files]
        done = subprocess.run([sys.executable, "-m", "mypyc", *args], cwd=work,
                              capture_output=quiet, text=True)
        if done.returncode:
            if quiet:  # what went wrong, without the pages of a build that went well
                print(*(done.stdout + done.stderr).splitlines()[-15:], sep="\n")
            raise SystemExit("mypyc failed (see above): the parser runs uncompiled")
        shutil.rmtree(BUILD, ignore_errors=True)
        (BUILD / "reader" / "core" / "page").mkdir(parents=True)
        suffixes = (".so", ".pyd")
        for lib in work.iterdir():  # the runtime library all modules share
            if lib.suffix in suffixes:
                shutil.copy2(lib, BUILD / lib.name)
        for ext in (work / "reader" / "core" / "page").iterdir():
            if ext.suffix in suffixes:
                shutil.copy2(ext, BUILD / "reader" / "core" / "page" / ext.name)
    (BUILD / STAMP).write_text(json.dumps({"sources": stamp}, indent=1), encoding="utf-8")
    print(f"compiled {len(files)} modules into {BUILD}")
    compiled, pure = digest(pure=False).split(), digest(pure=True).split()
    if compiled != ["compiled", pure[1]] or pure[0] != "pure":
        shutil.rmtree(BUILD, ignore_errors=True)
        raise SystemExit(f"the build does not parse as the sources do ({compiled} / {pure}):"
                         " removed")
    print(f"same output as the sources: {pure[1]}")


def digest(*, pure: bool) -> str:
    """The parser's output over pages made from the sample page
    (:func:`~reader.core.page.compiled.check_texts`) and ``../shared/pages/dev``
    (when there), hashed, by a fresh process with the build or without it."""
    env = dict(os.environ)
    env.pop(PURE, None)
    if pure:
        env[PURE] = "1"
    done = subprocess.run([sys.executable, __file__, "--digest"], env=env, check=True,
                          capture_output=True, text=True)
    return done.stdout.strip()


def print_digest() -> None:
    from reader.core.page import COMPILED
    from reader.core.page.articles import parse_articles
    from reader.core.page.compiled import check_texts

    texts = check_texts()
    dev = ROOT.parent / "shared" / "pages" / "dev"
    texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]
    h = hashlib.sha256()
    for text in (*texts, "\n\n".join(texts)):
        h.update(json.dumps([a.to_json() for a in parse_articles(text)],
                            ensure_ascii=False).encode())
    print("compiled" if COMPILED else "pure", f"{len(texts) + 1}-texts:{h.hexdigest()[:16]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clean", action="store_true", help="remove the build")
    ap.add_argument("--quiet", action="store_true",
                    help="say only the outcome (and what failed), not mypyc's own output")
    ap.add_argument("--digest", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.digest:
        print_digest()
        return
    if args.clean:
        shutil.rmtree(BUILD, ignore_errors=True)
        print(f"removed {BUILD}")
        return
    build(quiet=args.quiet)


if __name__ == "__main__":
    main()
