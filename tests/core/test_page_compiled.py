"""The mypyc build of the parser is optional and never stale: it is used only
while every source it was compiled from is as it was (size and mtime), and
never with DUBAO_PURE_PARSER set (reader.core.page.compiled)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.core.page import compiled


def make_build(tmp_path: Path) -> tuple[Path, Path]:
    sources = tmp_path / "page"
    sources.mkdir()
    for name in ("lines.py", "layout.py"):
        (sources / name).write_text(f"# {name}\n", encoding="utf-8")
    build = tmp_path / "build"
    build.mkdir()
    stamp = {p.name: [p.stat().st_size, p.stat().st_mtime_ns] for p in sources.iterdir()}
    (build / compiled.STAMP).write_text(json.dumps({"sources": stamp}), encoding="utf-8")
    return build, sources


def test_a_build_of_the_sources_as_they_are_is_fresh(tmp_path: Path) -> None:
    assert compiled.build_is_fresh(*make_build(tmp_path))


def test_an_edited_source_makes_the_build_stale(tmp_path: Path) -> None:
    build, sources = make_build(tmp_path)
    (sources / "layout.py").write_text("# layout.py, edited\n", encoding="utf-8")
    assert not compiled.build_is_fresh(build, sources)


def test_a_source_touched_since_makes_the_build_stale(tmp_path: Path) -> None:
    build, sources = make_build(tmp_path)
    st = (sources / "lines.py").stat()
    os.utime(sources / "lines.py", ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert not compiled.build_is_fresh(build, sources)


@pytest.mark.parametrize("stamp", [None, "", "not json", '{"sources": {}}', '{"other": 1}',
                                   '{"sources": {"lines.py": 3}}', '[1, 2]'])
def test_no_stamp_or_a_damaged_one_is_no_build(tmp_path: Path, stamp: str | None) -> None:
    build, sources = make_build(tmp_path)
    if stamp is None:
        (build / compiled.STAMP).unlink()
    else:
        (build / compiled.STAMP).write_text(stamp, encoding="utf-8")
    assert not compiled.build_is_fresh(build, sources)


def test_a_missing_source_makes_the_build_stale(tmp_path: Path) -> None:
    build, sources = make_build(tmp_path)
    (sources / "lines.py").unlink()
    assert not compiled.build_is_fresh(build, sources)


def test_pure_parser_asked_for_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.PURE, "1")
    path = ["somewhere"]
    assert not compiled.use_build(path)
    assert path == ["somewhere"]


def test_the_parser_here_parses_as_the_sources_do(tmp_path: Path) -> None:
    """Whatever parses in this process (the mypyc build, where `make` could
    compile one) gives exactly what the sources give in a process told to
    ignore any build."""
    import subprocess
    import sys

    from reader.core.page.articles import parse_articles

    texts = compiled.check_texts()
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    here = [[a.to_json() for a in parse_articles(t)] for t in texts]
    script = ("import json, sys\n"
              "from reader.core.page import COMPILED\n"
              "from reader.core.page.articles import parse_articles\n"
              "assert not COMPILED\n"
              "texts = json.loads(open(sys.argv[1], encoding='utf-8').read())\n"
              "print(json.dumps([[a.to_json() for a in parse_articles(t)] for t in texts]))\n")
    env = {**os.environ, compiled.PURE: "1"}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "texts.json")],
                          env=env, capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    sources = json.loads(done.stdout)
    assert sum(len(p) for p in sources) > 50
    assert here == sources
