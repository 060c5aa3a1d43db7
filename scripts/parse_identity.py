"""Does the parser of this checkout give byte-identical output to another revision's?

A speed change must not change one character of what the parser returns.  This
script parses the same pages with the parser of a git revision (``--base``;
by default where this branch left main, ``git merge-base HEAD main``: main
may have moved on since; its ``reader/`` and ``resources/`` exported to a temporary
folder, run as plain Python) and with this checkout's (plain Python, and also
compiled with ``--compiled`` when a fresh build is there), and compares the
JSON of every page's articles.

Pages: the shipped sample page and the pages :func:`reader.core.page.compiled.check_texts`
makes from it (any checkout has them); with ``../shared`` there, every page of
the develop seeds given (``scripts/page_forms.py``, every form in ``FORMS`` and
``EXTRA_FORMS``) and the 40 dev pages; and all of them run together as one long
text, so that the stretch-at-a-time path is compared too.

    .venv/bin/python scripts/parse_identity.py [--base REV] [--seeds 1030-1033] [--compiled]

Prints how many pages were compared and every page that differs; exits 1 if any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def page_files(seeds: list[int]) -> list[Path]:
    """The page files to compare (generated on first use, outside the repository)."""
    import page_forms

    files: list[Path] = []
    if page_forms.shared_dir() is None:
        return files
    for seed in seeds:
        for form in page_forms.FORMS + page_forms.EXTRA_FORMS:
            folder = page_forms.generate(seed, 60, form)
            files += sorted(folder.glob("*.txt"))
    dev = page_forms.shared_dir() / "pages" / "dev"  # type: ignore[operator]
    files += sorted(dev.glob("*.txt"))
    return files


def digests(root: Path, listing: Path, *, pure: bool) -> list[str]:
    """One hash per text, by a fresh process importing the parser from *root*."""
    env = dict(os.environ)
    env.pop("DUBAO_PURE_PARSER", None)
    if pure:
        env["DUBAO_PURE_PARSER"] = "1"
    env["PYTHONPATH"] = str(root)
    done = subprocess.run([sys.executable, __file__, "--child", str(listing)], cwd=root,
                          env=env, check=True, capture_output=True, text=True)
    return done.stdout.split()


def child(listing: Path) -> None:
    from reader.core.page import COMPILED
    from reader.core.page.articles import parse_articles
    from reader.core.page.compiled import check_texts

    texts = check_texts()
    names = json.loads(listing.read_text(encoding="utf-8"))
    texts += [Path(n).read_text(encoding="utf-8") for n in names]
    texts.append("\n\n".join(texts))
    print("compiled" if COMPILED else "pure")
    for text in texts:
        out = json.dumps([a.to_json() for a in parse_articles(text)], ensure_ascii=False)
        print(hashlib.sha256(out.encode()).hexdigest()[:20])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base",
                    help="the revision to compare with (default: git merge-base HEAD main)")
    ap.add_argument("--seeds", default="1030-1033", help="develop seeds (page_forms.py)")
    ap.add_argument("--compiled", action="store_true",
                    help="also compare this checkout's compiled build (must be fresh)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child))
        return
    import page_forms

    files = page_files(page_forms.seed_list(args.seeds))
    if args.base is None:
        args.base = subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=ROOT, check=True,
                                   capture_output=True, text=True).stdout.strip()[:12]
    with tempfile.TemporaryDirectory(prefix="dubao-identity-") as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        archive = subprocess.run(["git", "archive", args.base, "reader", "resources"],
                                 cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        listing = Path(tmp) / "pages.json"
        listing.write_text(json.dumps([str(f) for f in files]), encoding="utf-8")
        old = digests(base, listing, pure=True)
        runs = [("plain", digests(ROOT, listing, pure=True))]
        if args.compiled:
            runs.append(("compiled", digests(ROOT, listing, pure=False)))
    labels = ["sample check text"] * (len(old) - 2 - len(files)) + [str(f) for f in files]
    labels.append("all as one text")
    bad = 0
    for mode, new in runs:
        if new[0] != ("compiled" if mode == "compiled" else "pure"):
            raise SystemExit(f"the {mode} run was {new[0]}: is the build fresh?")
        for label, a, b in zip(labels, old[1:], new[1:], strict=True):
            if a != b:
                bad += 1
                print(f"DIFFERS ({mode}): {label}")
        print(f"{mode}: {len(new) - 1} texts compared with {args.base}, "
              f"{sum(a != b for a, b in zip(old[1:], new[1:], strict=True))} differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
