"""Regenerate resources/common_hanzi.txt: the most frequent Chinese characters,
in both scripts, used to tell GB18030 from Big5 when a file's bytes decode as
both.  Frequencies come from jieba's dictionary; traditional forms from OpenCC.

    .venv/bin/python scripts/make_common_hanzi.py
"""

from __future__ import annotations

import collections
import os
from pathlib import Path

import jieba
from opencc import OpenCC

TOP = 3000


def main() -> None:
    dict_path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    freq: collections.Counter[str] = collections.Counter()
    with dict_path.open(encoding="utf-8") as fh:
        for line in fh:
            word, count, *_ = line.split()
            for ch in word:
                if "\u4e00" <= ch <= "\u9fff":
                    freq[ch] += int(count)
    simplified = "".join(ch for ch, _ in freq.most_common(TOP))
    traditional = OpenCC("s2t").convert(simplified) + OpenCC("s2hk").convert(simplified)
    chars = sorted(set(simplified) | set(traditional))
    out = Path(__file__).resolve().parent.parent / "resources" / "common_hanzi.txt"
    out.write_text("".join(chars) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters -> {out}")


if __name__ == "__main__":
    main()
