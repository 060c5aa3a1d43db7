"""Regenerate resources/parser_words.txt: the words the parser knows, to tell a
line broken inside a word (body text wrapped at the column) from a line that
ends where a headline ends.  Two- to four-character words of jieba's
dictionary (MIT licence) seen at least MIN_COUNT times, in simplified and in
traditional script (OpenCC), one a line.

    .venv/bin/python scripts/make_lexicon.py
"""

from __future__ import annotations

import os
from pathlib import Path

import jieba
from opencc import OpenCC

MIN_COUNT = 100


def main() -> None:
    dict_path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    words: set[str] = set()
    with dict_path.open(encoding="utf-8") as fh:
        for line in fh:
            word, count, *_ = line.split()
            if 2 <= len(word) <= 4 and int(count) >= MIN_COUNT and all(
                "\u3400" <= ch <= "\u9fff" for ch in word
            ):
                words.add(word)
    simplified = sorted(words)
    for config in ("s2t", "s2tw", "s2hk"):
        cc = OpenCC(config)
        converted = cc.convert("\n".join(simplified)).split("\n")
        words.update(w for w in converted if len(w) == len(w.strip()) and w)
    out = Path(__file__).resolve().parent.parent / "resources" / "parser_words.txt"
    out.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main()
