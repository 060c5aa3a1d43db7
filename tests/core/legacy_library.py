"""Libraries as older Dubaos wrote them, to test that opening one migrates it.

The rows are frozen copies of what schemas 1 and 2 wrote (rows.py and
query.py at e6602b6; the DDL is store.py's, which migrations keep as it
was): pages, articles with every field in the clear, the FTS5 index of hex
character pairs, and (schema 2) article keys and reading marks.  Nothing
here may follow the current code: it stands for files already on users'
disks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import time
from pathlib import Path

from reader.core.library import store
from reader.core.model import Article
from reader.core.page.pages import iter_page_files, page_from_text
from reader.core.text.fold import fold

#: Migration steps never change, so store.py's own DDL of schemas 1 and 2 is
#: what those versions wrote (schema 2 also indexed the keys it computed).
V1_DDL = store._SCHEMA_V1
V2_DDL = store._SCHEMA_V2 + "CREATE INDEX articles_key ON articles(key);\n"

_WS = re.compile(r"\s+")


def _hex_pairs(text: str) -> str:
    """Schema 2's tokens: each character six hex digits, overlapping pairs."""
    digits = "".join(f"{ord(c):06x}" for c in _WS.sub(" ", fold(text)).strip())
    if not digits:
        return ""
    pairs = [digits[i: i + 12] for i in range(0, len(digits) - 6, 6)]
    pairs.append(digits[-6:] + "zzzzzz")
    return " ".join(pairs)


def _fields(a: Article) -> tuple[str, str]:
    head = [x for x in (a.kicker, a.title, a.subtitle) if x]
    lead = [a.lead] if a.lead else [x for x in (a.dateline, a.byline) if x]
    return "\n".join(head), "\n".join([*lead, *a.paragraphs])


def _key(a: Article) -> str:
    parts = [a.kicker, None if a.title_inferred else a.title, a.subtitle]
    parts += [a.lead] if a.lead else [a.dateline, a.byline]
    text = _WS.sub("", "".join(x for x in (*parts, *a.paragraphs) if x))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def build_legacy_library(db: Path, folder: Path, version: int) -> list[tuple[str, int]]:
    """Write *folder*'s pages into a schema-*version* (1 or 2) library at *db*;
    returns the (path, index) of every article, in order."""
    conn = sqlite3.connect(db)
    conn.executescript(V1_DDL + (V2_DDL if version >= 2 else ""))
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(version),))
    conn.execute("INSERT INTO meta VALUES ('tokens', '2:0123456789abcdef')")
    out: list[tuple[str, int]] = []
    for path in sorted(iter_page_files(folder)):
        data = path.read_bytes()
        page = page_from_text(data.decode("utf-8"), path=str(path), encoding="utf-8")
        st = path.stat()
        day = (page.date or dt.date.fromtimestamp(st.st_mtime)).toordinal()
        key = str(path.resolve())
        page_id = conn.execute(
            "INSERT INTO pages (path, folder, name, size, mtime_ns, hash, encoding, date, "
            "sort_day, parser_version, article_count, indexed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, str(Path(key).parent), page.name, st.st_size, st.st_mtime_ns,
             hashlib.blake2b(data, digest_size=16).hexdigest(), "utf-8",
             page.date.isoformat() if page.date else None, day, _parser_version(),
             len(page.articles), time.time()),
        ).lastrowid
        row = conn.execute("SELECT max(id) FROM articles WHERE id >= ? AND id < ?",
                           (day << 24, (day + 1) << 24)).fetchone()
        next_id = row[0] + 1 if row[0] is not None else day << 24
        for n, a in enumerate(page.articles):
            values = [next_id + n, page_id, a.index, a.title, int(a.title_inferred), a.kicker,
                      a.subtitle, a.dateline, a.byline, a.lead,
                      json.dumps(list(a.paragraphs), ensure_ascii=False), a.kind,
                      int(a.continued)]
            columns = ("id, page_id, idx, title, title_inferred, kicker, subtitle, dateline, "
                       "byline, lead, paragraphs, kind, continued")
            if version >= 2:
                values.append(_key(a))
                columns += ", key"
            conn.execute(f"INSERT INTO articles ({columns}) VALUES "
                         f"({', '.join('?' * len(values))})", values)
            head, body = _fields(a)
            conn.execute("INSERT INTO chars (rowid, head, body) VALUES (?, ?, ?)",
                         (next_id + n, _hex_pairs(head), _hex_pairs(body)))
            out.append((key, a.index))
    conn.commit()
    conn.close()
    return out


def mark_legacy(db: Path, path: str, index: int, read: bool, starred: bool) -> None:
    """Set an article's marks the way schema 2 kept them."""
    conn = sqlite3.connect(db)
    key, title = conn.execute(
        "SELECT a.key, a.title FROM articles a JOIN pages p ON p.id = a.page_id "
        "WHERE p.path = ? AND a.idx = ?", (path, index)).fetchone()
    conn.execute("INSERT OR REPLACE INTO reading (key, read_at, starred_at, title) "
                 "VALUES (?, ?, ?, ?)",
                 (key, time.time() if read else None, time.time() if starred else None, title))
    conn.commit()
    conn.close()


def _parser_version() -> int:
    from reader.core.page.articles import PARSER_VERSION

    return PARSER_VERSION
