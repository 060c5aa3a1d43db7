"""Count the parser's article errors on DEVELOP pages by kind, for study.

    .venv/bin/python scripts/parser_error_classes.py --seeds 1030-1035 \
        --forms headline_first[,headline_first_indented] [--examples /tmp/ex.txt]

Each gold article's body is followed, character by character, into the
predicted articles (an alignment of the page's body text), and each error is
put in one class:

* ``merged`` — one predicted article holds most of this article and of the
  one before it: its headline was read as body (or it has none).  Split by
  whether a dateline opens it and how many headline fields (kicker, title,
  subtitle) it has; ``photo`` for photo items.
* ``split`` — the article's body is shared out over several predicted
  articles: a false headline inside it.  Split by what the false headline
  reads like: a photo credit, a ``——X`` line, a quotation, a list item, a
  sentence, a short phrase in an article with or without a dateline, a long
  line (a title inferred from a paragraph).
* ``title`` — segmented right, titled wrong: no title, cut short, too long
  (a line of another field or of the body joined in), kicker/subtitle taken
  for the title (``role_swap``), a title given where the page has none, other.

A study tool: it reads only TRAIN/DEVELOP seeds (``page_forms.seed_list``
refuses the validation and dev seeds); the reader never imports it.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import page_forms  # noqa: E402

from reader.core.page.articles import parse_articles  # noqa: E402

_CREDIT = re.compile(r"(人民视觉|新华社发|供图|摄影报道|摄$|视觉中国|资料图片)")
_ITEM = re.compile(
    r"^(（?[一二三四五六七八九十]+[）、]|\d+[.、．]|[①②③④⑤⑥⑦⑧⑨]|第[一二三四五六七八九十]+)")


def norm(s: str | None) -> str:
    return "".join((s or "").split())


def false_head_kind(text: str, dated: bool) -> str:
    """What a false headline reads like."""
    t = norm(text)
    if not t:
        return "empty"
    if _CREDIT.search(t):
        return "credit"
    if t.startswith("—"):
        return "dash"
    if t[0] in "“\"":
        return "quote"
    if _ITEM.match(t):
        return "list"
    if t[-1] in "。！？”!?；;":
        return "sentence"
    if len(t) <= 20:
        return "short_in_dated" if dated else "short_in_undated"
    return "long"


def title_kind(gold: dict[str, object], pred: dict[str, object]) -> str:
    gt, pt = norm(str(gold["title"])), norm(str(pred.get("title") or ""))
    if not pt:
        return "no_title"
    if pt in gt:
        return "title_short"
    if gt in pt:
        return "title_long"
    if gt in (norm(str(pred.get("kicker") or "")), norm(str(pred.get("subtitle") or ""))):
        return "role_swap"
    return "other"


def head_gap(text: str, gold: list[dict[str, object]]) -> list[str]:
    """Per gold article: ``glued`` when its body's first line is printed right
    under another line (on a headline-first page, its last headline line, with
    no blank line between), ``apart`` when a blank line stands above it, ``-``
    when the article has no headline or its body is not found."""
    lines = [norm(x) for x in text.split("\n")]
    out = []
    for a in gold:
        body = norm(str(a.get("lead") or "") + "".join(a["paragraphs"]))  # type: ignore[arg-type]
        title = norm(str(a.get("title") or ""))
        kind = "-"
        if body and (title or a.get("kicker") or a.get("subtitle")):
            key = body[:8]
            for k, line in enumerate(lines):
                if line and (line.startswith(key) or (len(line) < 8 and key.startswith(line))) \
                        and k and (not title or title[-4:] in "".join(lines[max(0, k - 4):k])
                                   or not lines[k - 1]):
                    kind = "glued" if lines[k - 1] else "apart"
                    break
        out.append(kind)
    return out


def page_errors(gold: list[dict[str, object]], pred: list[dict[str, object]],
                out: collections.Counter[tuple[str, str]], examples: list[str], where: str,
                gaps: list[str] | None = None) -> None:
    """Classify the errors of one page into *out* (with *gaps*, each error's
    kind says whether the article's headline is glued to its body)."""
    def gap(g: int) -> str:
        return f",{gaps[g]}" if gaps else ""

    def stream(arts: list[dict[str, object]]) -> tuple[str, list[int], list[int]]:
        bodies = [norm("".join(a["paragraphs"])) for a in arts]  # type: ignore[arg-type]
        ids = [k for k, b in enumerate(bodies) for _ in b]
        return "".join(bodies), ids, [len(b) for b in bodies]

    g_text, g_id, g_len = stream(gold)
    p_text, p_id, p_len = stream(pred)
    shared: dict[int, collections.Counter[int]] = collections.defaultdict(collections.Counter)
    sm = difflib.SequenceMatcher(None, g_text, p_text, autojunk=False)
    for m in sm.get_matching_blocks():
        for o in range(m.size):
            shared[p_id[m.b + o]][g_id[m.a + o]] += 1
    g2p: dict[int, list[int]] = collections.defaultdict(list)
    p2g: dict[int, list[int]] = collections.defaultdict(list)
    for p, by_gold in shared.items():
        for g, n in by_gold.items():
            if n >= 0.1 * g_len[g] or (n >= 0.1 * p_len[p] and n >= 15):
                g2p[g].append(p)
                p2g[p].append(g)
    for g, a in enumerate(gold):
        preds = sorted(set(g2p.get(g, [])))
        if len(preds) >= 2:
            for p in preds[1:]:
                fa = pred[p]
                head = " / ".join(str(x) for x in (fa.get("kicker"), fa.get("title"),
                                                   fa.get("subtitle")) if x)
                kind = false_head_kind(str(fa.get("title") or head), a.get("dateline") is not None)
                out["split", kind] += 1
                examples.append(f"split {kind}\t{where}\t{head[:60]}")
        elif len(preds) == 1:
            p = preds[0]
            others = [x for x in p2g[p] if x != g]
            if others and g == max(p2g[p]):
                fields = sum(1 for x in ("kicker", "title", "subtitle") if a.get(x))
                kind = ("dated" if a.get("dateline") else "undated") + f",{fields}head"
                if a.get("kind") == "photo":
                    kind = "photo," + kind
                kind += gap(g)
                out["merged", kind] += 1
                examples.append(f"merged {kind}\t{where}\t{a.get('title')}")
            elif not others:
                fa = pred[p]
                if a.get("title") is None:
                    if not fa.get("title_inferred"):
                        out["title", "title_where_none"] += 1
                        examples.append(f"title title_where_none\t{where}\t{fa.get('title')}")
                elif norm(str(fa.get("title") or "")) != norm(str(a["title"])):
                    kind = title_kind(a, fa) + gap(g)
                    out["title", kind] += 1
                    examples.append(f"title {kind}\t{where}\t{a.get('kicker')} | {a['title']} | "
                                    f"{a.get('subtitle')}  ->  {fa.get('kicker')} | "
                                    f"{fa.get('title')} | {fa.get('subtitle')}")
        else:
            out["lost", ""] += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--forms", default="headline_first")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--examples", help="write every error, one a line, to this file")
    ap.add_argument("--gaps", action="store_true",
                    help="split merges and title errors by whether the headline is glued to "
                         "its body (no blank line between) or apart")
    a = ap.parse_args()
    for form in a.forms.split(","):
        counts: collections.Counter[tuple[str, str]] = collections.Counter()
        examples: list[str] = []
        articles = 0
        for seed in page_forms.seed_list(a.seeds):
            folder = page_forms.generate(seed, a.n, form)
            for name, text, gold_path in page_forms.load_dir(folder):
                gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))["articles"]
                pred = [x.to_json() for x in parse_articles(text)]
                articles += len(gold)
                gaps = head_gap(text, gold) if a.gaps else None
                if gaps:
                    for g in gaps:
                        counts["heads", g] += 1
                page_errors(gold, pred, counts, examples, f"{seed} {form} {name}", gaps)
        print(f"{form}: {articles} gold articles")
        for (cls, kind), n in sorted(counts.items()):
            print(f"  {cls:7} {kind:22} {n}")
        if a.examples:
            with open(a.examples, "a", encoding="utf-8") as fh:
                fh.write("\n".join(sorted(examples)) + "\n")


if __name__ == "__main__":
    main()
