"""``python -m reader index`` and ``search``: output, JSON, exit codes, damage."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.core.test_library_index import write_pages

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DUBAO_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_index_then_search_json(tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pages(tmp_path / "pages", 6)
    assert main(["index", str(tmp_path / "pages")]) == 0
    out, err = capsys.readouterr()
    assert "6 added" in out and "indexing: 6/6 files" in err
    assert (home / "data" / "library.sqlite3").exists()

    assert main(["search", "半導體", "--json", "--limit", "3"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["query"] == "半導體"
    assert result["total"] > 0 and isinstance(result["took_ms"], float)
    assert 0 < len(result["results"]) <= 3
    for hit in result["results"]:
        assert {"path", "index", "title", "score", "snippet"} <= hit.keys()
        assert Path(hit["path"]).exists()
        s, e = hit["snippet_spans"][0]
        assert hit["snippet"][s:e] == "半导体"

    assert main(["index", str(tmp_path / "pages")]) == 0
    assert "6 unchanged" in capsys.readouterr().out


def test_search_text_output_marks_hits(tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pages(tmp_path / "pages", 3)
    main(["index", "--quiet", str(tmp_path / "pages")])
    capsys.readouterr()
    assert main(["search", "春节前夕"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("ms)") and "【春节前夕】" in out


def test_nothing_found_is_success_and_bad_queries_are_usage_errors(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "没有这个词", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
    assert main(["search", "--", "-春节"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and len(err.strip().splitlines()) == 1


def test_a_failing_file_is_reported_and_the_rest_indexed(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pages(tmp_path / "pages", 2)
    (tmp_path / "pages" / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    db = tmp_path / "my.db"
    assert main(["index", "--db", str(db), "--json", str(tmp_path / "pages")]) == 2
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert summary["added"] == 2 and len(summary["failed"]) == 1
    assert "reader: " in err and "bad.txt" in err
    assert db.exists()


def indexed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, int]:
    """A library of 4 pages (the first article of the first starred) and how
    many articles a search for 半导体 finds in it."""
    write_pages(tmp_path / "pages", 4)
    db = tmp_path / "lib.db"
    main(["index", "--quiet", "--db", str(db), str(tmp_path / "pages")])
    main(["mark", "--db", str(db), "--star", str(tmp_path / "pages" / "2019-02-01" / "p000.txt"),
          "0"])
    capsys.readouterr()
    main(["search", "--db", str(db), "--json", "半导体"])
    return db, json.loads(capsys.readouterr().out)["total"]


def test_damaged_library_is_set_aside_rebuilt_and_the_user_told(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, want = indexed(tmp_path, capsys)
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db.open("r+b") as fh:  # the articles table's first page garbled
        fh.seek((root - 1) * page_size)
        fh.write(os.urandom(page_size))
    assert main(["search", "--db", str(db), "--json", "半导体"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["total"] == want > 0
    assert err.count("\n") == 1 and "damaged" in err and err.startswith("reader: ")
    assert list(tmp_path.glob("lib.db.damaged-*"))


def test_a_damaged_search_index_is_made_again_and_the_user_told(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, want = indexed(tmp_path, capsys)
    for f in (tmp_path / "lib.db.index").iterdir():
        if f.suffix in (".idx", ".term"):
            with f.open("r+b") as fh:
                fh.write(os.urandom(f.stat().st_size))
    for command in ("search", "trends"):
        assert main([command, "--db", str(db), "--json", "半导体"]) == 0
        out, err = capsys.readouterr()
        doc = json.loads(out)
        assert doc["total" if command == "search" else "articles"] == want > 0
        # Told once, by the command that found it; made again, it is sound.
        assert err.count("\n") == (command == "search")
        assert command == "trends" or ("search index" in err and err.startswith("reader: "))
    assert not list(tmp_path.glob("lib.db.damaged-*"))
    main(["starred", "--db", str(db)])
    assert "p000" in capsys.readouterr().out


def test_python_dash_m_reader(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 2)
    env = {**os.environ, "DUBAO_HOME": str(tmp_path / "home")}
    run = [sys.executable, "-m", "reader"]
    subprocess.run([*run, "index", str(tmp_path / "pages")], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    proc = subprocess.run([*run, "search", "人民", "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout)["total"] >= 0
    bad = subprocess.run([*run, "search", "--limit", "x", "a"], cwd=ROOT, env=env,
                         capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.startswith("reader: ")


def test_progress_as_json_lines_and_recheck_without_paths(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_pages(tmp_path / "pages", 3)
    assert main(["index", "--progress-json", str(tmp_path / "pages")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert [p["done"] for p in lines] == [1, 2, 3]
    assert all(p["total"] == 3 and p["path"] for p in lines)
    paths[0].unlink()
    assert main(["index", "--quiet", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["removed"], summary["unchanged"]) == (1, 2)
    assert summary["library"]["pages"] == 2


def test_check_finds_damage_and_rebuilds_before_the_run(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pages(tmp_path / "pages", 30)
    db = tmp_path / "lib.db"
    main(["index", "--quiet", "--db", str(db), str(tmp_path / "pages")])
    capsys.readouterr()
    # Damage a few bytes of the search index that opening does not read.
    biggest = max((tmp_path / "lib.db.index").glob("*.pos"), key=lambda f: f.stat().st_size)
    with biggest.open("r+b") as fh:
        fh.seek(biggest.stat().st_size // 2)
        fh.write(b"\xff\x00\xff")
    assert main(["index", "--quiet", "--db", str(db)]) == 0
    assert capsys.readouterr().err == ""  # the light check does not see it
    assert main(["index", "--quiet", "--db", str(db), "--check"]) == 0
    out, err = capsys.readouterr()
    assert "search index" in err and "damaged" in err and "not as it was written" in err
    assert "30 unchanged" in out and "30 pages" in out  # made again before the run
    assert main(["search", "--db", str(db), "--json", "半导体"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] > 0
