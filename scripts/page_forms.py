"""Fresh generated pages for measuring and training the parser, in several forms.

``../shared/tools/make_pages.py`` lays real articles out the way one e-paper
extractor prints them: headline block *after* its body, paragraphs separated by
blank lines.  Other papers and extractors print the same page differently, so
this module turns a generated page (text + gold) into two more forms, keeping
the gold as it is (only the layout changes):

* ``headline_first`` — each article's headline block (kicker, title, subtitle)
  printed before its lead and body, as extractors that keep reading order do;
  sometimes with a blank line between head and body, sometimes not.
* ``indented`` — paragraphs marked by a first-line indent (``　　``, or two or
  four spaces) and no blank line between paragraphs; the paragraph is wrapped
  again so that its indented first line is two characters shorter.  A blank
  line still stands where a column breaks, even in mid-sentence; on half of the
  pages the blank lines around headlines and credits are dropped too.
* ``headline_first_indented`` — both.
* ``foreign`` and ``headline_first_foreign`` (training only) — each
  dateline-led article's headline lines replaced by those of an article of another page
  with the same shape (kicker / title / subtitle, line by line), so that a
  headline's words need not come back in its body: real briefs and features
  often share no word with their headline, and the parser must find the head
  from where and how it is printed.  The gold's headline fields follow.

Pages are generated into a cache folder outside the repository
(``$XDG_CACHE_HOME/dubao/pages`` or ``~/.cache/dubao/pages``): they hold
third-party text and must never be committed.  Everything is deterministic:
the same seed and form give the same bytes.

    python3 scripts/page_forms.py --seed 1000 [--n 60] [--form indented]

prints the folder it wrote.  Which seeds are for what is set down in
``bench/parse_quality.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
ARCHIVES = "2019-02,2020-02"
#: make_pages.py seeds of the validation draw (see bench/parse_quality.py): only
#: ever scored as a whole, never trained or studied on.
VALIDATION_SEEDS = (9001, 9002, 9003, 9004, 9005)
#: The seed of ../shared/pages/dev.
DEV_SEED = 2
FORMS = ("plain", "headline_first", "indented", "headline_first_indented")
#: Forms for training only (not part of the validation figures the issue asks for):
#: extractors that give each paragraph on one line; and pages whose headlines
#: share (almost) no word with their bodies, as briefs and features often do.
EXTRA_FORMS = ("unwrapped", "headline_first_unwrapped", "foreign", "headline_first_foreign",
               "unwrapped_bare", "headline_first_unwrapped_bare")
#: The share of dateline-led articles that keep their own headline in a ``foreign`` form.
KEEP_OWN = 0.5
#: How many other pages lend their headlines to a page of a ``foreign`` form.
DONORS = 3
HEAD_PARTS = ("kicker", "title", "subtitle")


def shared_dir() -> Path | None:
    """``../shared`` next to the checkout (or $DUBAO_SHARED), when it is there."""
    env = os.environ.get("DUBAO_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared", Path("/work/shared")]:
        if (cand / "tools" / "make_pages.py").is_file():
            return cand
    return None


def seed_list(text: str, *, allow_validation: bool = False) -> list[int]:
    """``1000-1003,1010`` → [1000, 1001, 1002, 1003, 1010]; refuses the dev seed
    and (unless asked) the validation seeds."""
    out: list[int] = []
    for part in text.split(","):
        if part.strip():
            lo, _, hi = part.partition("-")
            out += list(range(int(lo), int(hi or lo) + 1))
    bad = set(out) & ({DEV_SEED} | (set() if allow_validation else set(VALIDATION_SEEDS)))
    if bad:
        raise SystemExit(f"seeds {sorted(bad)} are dev/validation seeds: not for training")
    return out


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dubao" / "pages"


def _tools(name: str) -> ModuleType:
    shared = shared_dir()
    if shared is None:
        raise SystemExit("../shared is not here: no make_pages.py / score_pages.py to use")
    path = str(shared / "tools")
    if path not in sys.path:
        sys.path.insert(0, path)
    return __import__(name)


def make_pages() -> ModuleType:
    return _tools("make_pages")


def score_pages() -> ModuleType:
    return _tools("score_pages")


# ------------------------------------------------------------------ generation


def _stamp(seed: int, n: int, form: str) -> str:
    shared = shared_dir()
    assert shared is not None
    h = hashlib.sha256()
    h.update((shared / "tools" / "make_pages.py").read_bytes())
    if form != "plain":
        h.update(Path(__file__).read_bytes())
    corpus = shared / "corpus" / "rmrb-2019-02_2020-02.jsonl.xz"
    if corpus.exists():
        st = corpus.stat()
        h.update(f"{st.st_size}/{int(st.st_mtime)}".encode())
    h.update(f"{seed}/{n}/{ARCHIVES}".encode())
    return h.hexdigest()


def generate(seed: int, n: int = 60, form: str = "plain") -> Path:
    """The folder of pages for *seed* in *form*, generated on first use."""
    shared = shared_dir()
    if shared is None:
        raise SystemExit("../shared is not here")
    plain = cache_dir() / f"seed{seed}_n{n}" / "plain"
    stamp = _stamp(seed, n, "plain")
    if not (plain / ".stamp").exists() or (plain / ".stamp").read_text() != stamp:
        plain.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(shared / "tools" / "make_pages.py"), "--out", str(plain),
             "--seed", str(seed), "--n", str(n), "--archives", ARCHIVES],
            check=True, stdout=subprocess.DEVNULL,
        )
        (plain / ".stamp").write_text(stamp)
    if form == "plain":
        return plain
    out = plain.parent / form
    stamp = _stamp(seed, n, form)
    if not (out / ".stamp").exists() or (out / ".stamp").read_text() != stamp:
        out.mkdir(parents=True, exist_ok=True)
        for name, text, gold_path in load_dir(plain):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            donors = _donors(plain, name) if form.endswith("foreign") else None
            recs = transform_recs(text, gold, form, name, donors)
            (out / f"{name}.txt").write_text(
                "\n".join(r.text for r in recs) + "\n", encoding="utf-8")
            order = article_order(recs)
            articles = gold["articles"]
            if order != sorted(order) and isinstance(articles, list):
                gold["articles"] = [articles[k] for k in order]  # as printed
            (out / f"{name}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        (out / ".stamp").write_text(stamp)
    return out


def load_dir(folder: Path) -> list[tuple[str, str, Path]]:
    """(name, page text, gold path) for every NAME.txt with a NAME.gold.json."""
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold = txt.with_name(txt.name[:-4] + ".gold.json")
        if gold.exists():
            out.append((txt.name[:-4], txt.read_text(encoding="utf-8"), gold))
    return out


# ------------------------------------------------------------------ line roles


@dataclass
class Rec:
    """One line of a generated page and what the gold says it is."""

    text: str
    art: int | None = None
    #: blank / lead / body / credit / kicker / title / subtitle
    part: str = "blank"
    para: int | None = None
    #: for blank lines: col (inside a paragraph), para (between two), sep (other)
    gap: str = ""


def line_roles(text: str, gold: dict[str, object]) -> list[Rec]:
    """Every line of *text* labelled with its article and part, from *gold*."""
    lines = text.split("\n")
    flat: list[int] = []  # line number of every printed character
    chars: list[str] = []
    for i, line in enumerate(lines):
        for ch in line:
            if not ch.isspace():
                flat.append(i)
                chars.append(ch)
    flat_text = "".join(chars)
    role: list[tuple[int, str, int | None]] = [(-1, "", None)] * len(flat)
    pos = 0
    articles = gold["articles"]
    assert isinstance(articles, list)
    for ai, a in enumerate(articles):
        parts: list[tuple[str, int | None, str]] = []
        if a.get("lead") and a["kind"] != "photo":
            parts.append(("lead", 0, a["lead"]))
        parts += [("body", k, p) for k, p in enumerate(a["paragraphs"])]
        if a["kind"] == "photo" and a.get("byline"):
            parts.append(("credit", None, a["byline"]))
        parts += [(h, None, a[h]) for h in HEAD_PARTS if a.get(h)]
        for part, para, s in parts:
            x = "".join(s.split())
            if not x:
                continue
            k = flat_text.find(x, pos)
            if k != pos:
                raise ValueError(f"gold part {s[:20]!r} not where expected")
            for j in range(k, k + len(x)):
                role[j] = (ai, part, para)
            pos = k + len(x)
    recs = [Rec(line) for line in lines]
    for j, (ai, part, para) in enumerate(role):
        r = recs[flat[j]]
        # a line holding the end of a lead and the start of the body is body
        if r.part == "blank" or (r.part == "lead" and part == "body"):
            r.art, r.part, r.para = ai, part, para
    # blank lines: a column break inside a paragraph, a paragraph break, or other
    for i, r in enumerate(recs):
        if r.part != "blank":
            continue
        prev = next((recs[j] for j in range(i - 1, -1, -1) if recs[j].part != "blank"), None)
        nxt = next((recs[j] for j in range(i + 1, len(recs)) if recs[j].part != "blank"), None)
        r.gap = "sep"
        if prev and nxt and prev.art == nxt.art and prev.part in ("lead", "body") \
                and nxt.part == "body":
            r.gap = "col" if prev.para == nxt.para else "para"
    return recs


# ------------------------------------------------------------------ transforms


def _segments(recs: list[Rec]) -> tuple[list[Rec], list[tuple[list[Rec], list[Rec]]]]:
    """Leading lines and, per article, (lines before it, its own lines)."""
    spans: dict[int, list[int]] = {}
    for i, r in enumerate(recs):
        if r.art is not None:
            spans.setdefault(r.art, []).append(i)
    order = sorted(spans)
    out = []
    start = 0
    for a in order:
        first, last = spans[a][0], spans[a][-1]
        out.append((recs[start:first], recs[first:last + 1]))
        start = last + 1
    return recs[start:], out


def _strip_blanks(rs: list[Rec]) -> list[Rec]:
    while rs and rs[0].part == "blank":
        rs = rs[1:]
    while rs and rs[-1].part == "blank":
        rs = rs[:-1]
    return rs


def headline_first(recs: list[Rec], rng: random.Random) -> list[Rec]:
    """Each headline block moved above its article's lead and body.

    make_pages.py drops at most one headline per page, and only where the next
    article opens with a dateline, so that the boundary stays visible with
    headlines after their bodies.  Printed headline-first, that article would
    run on from the one before with nothing to show where it starts, unless it
    opens with a dateline itself; a reading-order page prints such an article
    (continued from another page) at its top, so it moves there."""
    tail, segs = _segments(recs)
    out: list[Rec] = []
    top: list[Rec] = []
    for n, (before, own) in enumerate(segs):
        k = next((i for i, r in enumerate(own) if r.part in HEAD_PARTS), None)
        if k is None:
            if n and not any(r.part == "lead" for r in own) \
                    and not any(r.part == "credit" for r in own):
                top += [*_strip_blanks(own), Rec("", gap="sep")]
                continue
            out += before
            out += own
            continue
        out += before
        head = _strip_blanks(own[k:])
        body = _strip_blanks(own[:k])
        out += head
        if rng.random() < 0.5:
            out.append(Rec("", gap="sep"))
        out += body
    lead = 0
    while lead < len(out) and out[lead].part == "blank":
        lead += 1
    return out[:lead] + top + out[lead:] + tail


def article_order(recs: list[Rec]) -> list[int]:
    """The gold indices of the articles in the order *recs* prints them."""
    order: list[int] = []
    for r in recs:
        if r.art is not None and r.art not in order:
            order.append(r.art)
    return order


def _mode_width(widths: list[float], default: float) -> float:
    if not widths:
        return default
    c = Counter(widths)
    return max(c, key=lambda w: (c[w], w))


def indented(recs: list[Rec], rng: random.Random, width: float) -> list[Rec]:
    mp = make_pages()
    indent = rng.choice(["\u3000\u3000"] * 3 + ["  ", "    "])
    keep_sep = rng.random() < 0.5
    out: list[Rec] = []
    i = 0
    n = len(recs)

    def w_of(s: str) -> float:
        return sum(mp.cw(c) for c in s.strip())

    # the column width of each article: the common width of non-last lines
    art_width: dict[int, float] = {}
    by_art: dict[int, list[float]] = {}
    for j, r in enumerate(recs[:-1]):
        nxt = recs[j + 1]
        if r.part in ("lead", "body") and nxt.part == "body" and nxt.para == r.para:
            by_art.setdefault(r.art or 0, []).append(round(w_of(r.text) * 2) / 2)
    for a, ws in by_art.items():
        art_width[a] = _mode_width(ws, width)
    while i < n:
        r = recs[i]
        if r.part == "blank":
            if r.gap == "col" or (r.gap == "sep" and keep_sep):
                out.append(r)
            i += 1
            continue
        if r.part not in ("lead", "body"):
            out.append(r)
            i += 1
            continue
        # one paragraph: its lines and the column breaks inside it
        j = i
        lines: list[Rec] = []
        breaks: list[int] = []
        while j < n:
            q = recs[j]
            if q.part in ("lead", "body") and q.art == r.art and q.para == r.para:
                lines.append(q)
            elif q.part == "blank" and q.gap == "col":
                breaks.append(len(lines))
            else:
                break
            j += 1
        while breaks and breaks[-1] >= len(lines):
            breaks.pop()
        inner = [round(w_of(q.text) * 2) / 2 for q in lines[:-1] if q.part == "body"]
        w = _mode_width(inner, art_width.get(r.art or 0, width)) if len(inner) >= 3 \
            else art_width.get(r.art or 0, width)
        items: list[tuple[str, None]] = []
        for k, q in enumerate(lines):
            items += [(c, None) for c in q.text.strip()]
            if q.part == "lead" and (k + 1 == len(lines) or lines[k + 1].part != "lead"):
                items.append(("\n", None))
            elif items and items[-1][0] != " " and q is not lines[-1] and \
                    q.text.rstrip() != q.text:
                items.append((" ", None))
        wrapped = mp.wrap(items, lambda k, w=w: w - 2 if k == 0 else w)
        texts = ["".join(c for c, _ in ln) for ln in wrapped]
        texts = [t for t in texts if t.strip()]
        stray = {k for k, q in enumerate(lines) if k and q.text.startswith(" ")}
        for k, t in enumerate(texts):
            if k in breaks:
                out.append(Rec("", gap="col"))
            t = t.strip()
            if k == 0:
                t = indent + t
            elif k in stray:
                t = " " + t
            out.append(Rec(t, r.art, "body", r.para))
        i = j
    return out


def _head_lines(recs: list[Rec]) -> dict[int, list[int]]:
    """Per article, the indices of its headline lines."""
    out: dict[int, list[int]] = {}
    for i, r in enumerate(recs):
        if r.part in HEAD_PARTS and r.art is not None:
            out.setdefault(r.art, []).append(i)
    return out


def foreign_heads(recs: list[Rec], gold: dict[str, object],
                  donors: list[tuple[list[Rec], dict[str, object]]],
                  rng: random.Random) -> list[Rec]:
    """Each dateline-led article's headline lines replaced by those of an
    article of a donor page printed in the same shape (the same parts, line for
    line); *gold*'s kicker, title and subtitle are changed to match.  An
    article no donor matches keeps its own headline, and so does one without a
    dateline (a feature, whose section heads are told from headlines by their
    words); and so does one in KEEP_OWN, drawn with *rng* (many headlines
    do share words with their bodies)."""
    pool: list[tuple[list[Rec], dict[str, object]]] = []
    for drecs, dgold in donors:
        darts = dgold["articles"]
        assert isinstance(darts, list)
        for art, idx in _head_lines(drecs).items():
            pool.append(([drecs[i] for i in idx], darts[art]))
    articles = gold["articles"]
    assert isinstance(articles, list)
    used: set[int] = set()
    out = list(recs)
    for art, idx in _head_lines(recs).items():
        if not articles[art].get("lead") or articles[art].get("kind") == "photo" \
                or rng.random() < KEEP_OWN:
            continue
        shape = [recs[i].part for i in idx]
        k = next((k for k, (lines, _a) in enumerate(pool)
                  if k not in used and [r.part for r in lines] == shape), None)
        if k is None:
            continue
        used.add(k)
        lines, donor = pool[k]
        for i, d in zip(idx, lines, strict=True):
            out[i] = Rec(d.text, recs[i].art, recs[i].part, recs[i].para, recs[i].gap)
        for h in HEAD_PARTS:
            articles[art][h] = donor.get(h)
    return out


def _donors(plain: Path, name: str) -> list[tuple[list[Rec], dict[str, object]]]:
    """The DONORS pages after page *name* in folder *plain* (cyclically), with their roles."""
    names = [n for n, _t, _g in load_dir(plain)]
    k = names.index(name)
    out = []
    for d in range(1, DONORS + 1):
        other = names[(k + d) % len(names)]
        if other == name:
            break
        text = (plain / f"{other}.txt").read_text(encoding="utf-8")
        gold = json.loads((plain / f"{other}.gold.json").read_text(encoding="utf-8"))
        out.append((line_roles(text, gold), gold))
    return out


def unwrapped(recs: list[Rec], rng: random.Random, bare: bool = False) -> list[Rec]:
    """Each paragraph (and each credit) on one line of its own: no column width,
    no column breaks; blank lines between paragraphs on most pages.  *bare*:
    no blank line at all, not even between articles (HTML editions and reflowing
    PDF tools print one line per paragraph and nothing else); on a third of
    those pages each paragraph opens with an indent."""
    blank = rng.random() < 0.7
    indent = ""
    if bare:
        blank = False
        indent = rng.choice(["", "", "", "", "\u3000\u3000", "  "])
    out: list[Rec] = []
    i, n = 0, len(recs)
    while i < n:
        r = recs[i]
        if r.part == "blank":
            if (r.gap == "sep" and not bare) or (r.gap == "para" and blank):
                out.append(r)
            i += 1
            continue
        if r.part not in ("lead", "body", "credit"):
            out.append(r)
            i += 1
            continue
        j = i
        texts: list[str] = []
        while j < n:
            q = recs[j]
            if q.part == r.part or (r.part in ("lead", "body") and q.part in ("lead", "body")):
                if q.art != r.art or (q.part != "credit" and q.para != r.para):
                    break
                texts.append(q.text.strip())
            elif not (q.part == "blank" and q.gap == "col"):
                break
            j += 1
        lead = indent if r.part in ("lead", "body") else ""
        out.append(Rec(lead + "".join(texts), r.art, r.part, r.para))
        i = j
    return out


def transform_recs(text: str, gold: dict[str, object], form: str, name: str,
                   donors: list[tuple[list[Rec], dict[str, object]]] | None = None) -> list[Rec]:
    """The lines of *text* (a page made by make_pages.py, with its *gold*) printed
    in *form*, each with its role.  *donors*: other pages (lines, gold) whose
    headlines a ``foreign`` form borrows; *gold*'s headline fields then follow."""
    rng = random.Random(f"{form}/{name}")
    recs = line_roles(text, gold)
    if form.endswith("foreign"):
        recs = foreign_heads(recs, gold, donors or [], random.Random(f"foreign/{name}"))
    if form.startswith("headline_first"):
        recs = headline_first(recs, rng)
    if form.endswith(("unwrapped", "unwrapped_bare")):
        recs = unwrapped(recs, rng, bare=form.endswith("bare"))
    if form.endswith("indented"):
        params = gold.get("params")
        width = float(params.get("width", 16)) if isinstance(params, dict) else 16.0
        recs = indented(recs, rng, width)
    # no runs of blank lines the original did not have
    out: list[Rec] = []
    for r in recs:
        if not r.text.strip() and out and not out[-1].text.strip():
            continue
        out.append(r)
    while out and not out[-1].text.strip():
        out.pop()
    return out


def transform(text: str, gold: dict[str, object], form: str, name: str) -> str:
    """*text* printed in *form* (see the module's docstring)."""
    if form == "plain":
        return text
    return "\n".join(r.text for r in transform_recs(text, gold, form, name)) + "\n"


def roles_of(folder: Path, name: str) -> list[Rec]:
    """The labelled lines of page *name* in *folder* (a folder :func:`generate` made)."""
    form = folder.name
    plain = folder.parent / "plain"
    text = (plain / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((plain / f"{name}.gold.json").read_text(encoding="utf-8"))
    if form == "plain":
        return line_roles(text, gold)
    donors = _donors(plain, name) if form.endswith("foreign") else None
    return transform_recs(text, gold, form, name, donors)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--form", choices=FORMS + EXTRA_FORMS, default="plain")
    a = ap.parse_args()
    print(generate(a.seed, a.n, a.form))


if __name__ == "__main__":
    main()
