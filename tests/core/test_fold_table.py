"""How text folds is versioned, and a command takes the table saved beside the
index instead of building it — only while it is the table of the rules and
OpenCC tables in use, and whole."""

from __future__ import annotations

import hashlib
import json
import marshal
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library import indexmarker
from reader.core.library.facade import Access, Library
from reader.core.text import fold

#: A digest of the table :func:`fold.build_table` makes of :data:`TABLES`, per
#: :data:`fold.FOLD_VERSION`.  When this test fails, the rules changed: bump
#: FOLD_VERSION (every user's index is then made again, as it must be, since
#: it holds text folded the old way) and pin the new digest here.
PINNED = {1: "48b616f1736b1a443df0821f"}

#: Small OpenCC tables in their format (written for this test): comments, a
#: character with two targets, a phrase (left out: folding is one to one), a
#: regional variant whose standard form is itself traditional.
TABLES = {
    "TSCharacters.txt": "# a comment\n\n國\t国\n發\t发 發\n髮\t发\n臺\t台\n眾\t众\n乾燥\t干燥\n",
    "TWVariantsRev.txt": "# variants\n台\t臺\n衆\t眾\n",
    "HKVariantsRev.txt": "綫\t線\n",
}


def _tables(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TABLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _digest(table: dict[int, str]) -> str:
    text = "".join(f"{chr(k)}{v}" for k, v in sorted(table.items()))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def test_the_folding_rules_are_pinned_to_their_version(tmp_path: Path) -> None:
    table = fold.build_table(_tables(tmp_path))
    assert table[ord("國")] == "国" and table[ord("髮")] == "发" and table[ord("衆")] == "众"
    assert table[ord("Ａ")] == "a" and table[ord("Q")] == "q" and table[0x3000] == " "
    assert ord("乾") not in table  # only from a phrase
    assert _digest(table) == PINNED[fold.FOLD_VERSION], (
        "folding's rules changed: bump fold.FOLD_VERSION and pin the new digest")


def test_the_pin_sees_a_change_of_the_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the pin is for: a rule changed (here regional variants left out)
    changes the digest, so the test above fails until the version is bumped."""
    data = _tables(tmp_path)
    real = fold._read_pairs
    monkeypatch.setattr(fold, "_read_pairs",
                        lambda path: [] if "Variants" in path.name else real(path))
    assert _digest(fold.build_table(data)) != PINNED[fold.FOLD_VERSION]


def test_the_signature_names_the_version_not_this_module() -> None:
    assert fold.signature().startswith(f"{fold.FOLD_VERSION}.")
    assert Path(fold.__file__) not in fold.signature_files()


def test_a_saved_table_round_trips_and_nonsense_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = fold.table_bytes()
    monkeypatch.setattr(fold, "_TRANSLATION", None)
    for bad in (b"", b"garbage", data[: len(data) // 2], marshal.dumps({65: "a"}),
                marshal.dumps(("ab", "c")), marshal.dumps((1, 2)), marshal.dumps(("", "")),
                marshal.dumps(("a", "b", "c"))):
        assert not fold.adopt_table(bad)
        assert not fold.is_loaded()
    assert fold.adopt_table(data)
    assert fold.is_loaded() and fold.fold("國發ＡＢ") == "国发ab"


def _library(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text("國家發展\n\n本报讯 今年以来，經濟發展穩中有進，臺灣同胞踴躍參加。\n",
                                 encoding="utf-8")
    db = tmp_path / "library.sqlite3"
    with Library.open(db) as lib:
        lib.indexer().index_paths([pages])
    return db


def _search_building(db: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """(hits for 经济 from a read-only opening, how often the table was built)."""
    built: list[Path] = []
    real = fold.build_table

    def build(data: Path) -> dict[int, str]:
        built.append(data)
        return real(data)

    monkeypatch.setattr(fold, "_TRANSLATION", None)
    monkeypatch.setattr(fold, "build_table", build)
    with Library.open(db, access=Access.READ) as lib:
        total = lib.search("经济").total
    return total, len(built)


def test_a_search_takes_the_table_saved_beside_the_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _library(tmp_path)
    folder = db.with_name(db.name + ".index")
    assert (folder / indexmarker.FOLD_TABLE).is_file()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert _search_building(db, monkeypatch) == (1, 0)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == before  # an opening that only reads writes nothing


@pytest.fixture
def fresh_signature() -> Iterator[None]:
    fold.signature.cache_clear()
    yield
    fold.signature.cache_clear()


@pytest.mark.parametrize("harm", ["garbled", "gone", "new rules"])
def test_a_table_that_is_not_the_current_one_is_built_instead(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_signature: None,
        harm: str) -> None:
    db = _library(tmp_path)
    folder = db.with_name(db.name + ".index")
    table = folder / indexmarker.FOLD_TABLE
    marker = folder / indexmarker.MARKER
    tokens = json.loads(marker.read_text(encoding="utf-8"))["tokens"]
    if harm == "garbled":
        data = bytearray(table.read_bytes())
        data[len(data) // 2] ^= 0x55
        table.write_bytes(bytes(data))
    elif harm == "gone":
        table.unlink()
    else:  # FOLD_VERSION bumped: the index and its table are of the old rules
        bumped = fold.FOLD_VERSION + 1
        for module in (fold, indexmarker):
            monkeypatch.setattr(module, "FOLD_VERSION", bumped)
        fold.signature.cache_clear()
    assert _search_building(db, monkeypatch) == (1, 1)
    if harm == "new rules":  # made again (by an opening made for the moment), table and all
        made = json.loads(marker.read_text(encoding="utf-8"))
        assert made["tokens"] != tokens and made["fold"]["stats"][0] == [fold.FOLD_VERSION]
    else:  # the index is sound: a command that only reads mends nothing
        assert json.loads(marker.read_text(encoding="utf-8"))["tokens"] == tokens
        with Library.open(db) as lib:  # an opening that may write saves the table again
            assert lib.search("经济").total == 1
    assert table.is_file()
    assert _search_building(db, monkeypatch) == (1, 0)
