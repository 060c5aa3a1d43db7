"""``python -m reader parse``: output shapes, exit codes, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh interpreter, as a script would run it."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
    )


def test_parse_json_matches_the_documented_shape(sample_page_path: Path) -> None:
    proc = run_cli("parse", str(sample_page_path), "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["path"] == str(sample_page_path)
    assert doc["encoding"] == "utf-8"
    first = doc["articles"][0]
    for key in ("index", "title", "title_inferred", "kicker", "subtitle", "dateline",
                "byline", "paragraphs", "kind", "continued"):
        assert key in first
    assert first["title"] == "开发区招商引资“百日冲刺”成效显"
    assert first["dateline"] == "本报讯"


def test_several_paths_give_json_lines(sample_page_path: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(sample_page_path.read_text(encoding="utf-8").encode("gb18030"))
    assert main(["parse", str(sample_page_path), str(gbk), "--json"]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    docs = [json.loads(line) for line in lines]
    assert [d["encoding"] for d in docs] == ["utf-8", "gb18030"]
    assert docs[0]["articles"] == docs[1]["articles"]


def test_readable_listing(sample_page_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(sample_page_path)]) == 0
    out = capsys.readouterr().out
    assert "开发区招商引资“百日冲刺”成效显" in out
    assert "photo" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary" * 100, "not text")],
)
def test_bad_files_exit_2_with_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = run_cli("parse", str(path), "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().split("\n")
    assert len(lines) == 1 and lines[0].startswith("reader: ") and message in lines[0]


def test_folder_and_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path)]) == 2
    assert main(["parse", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err.strip().split("\n")
    assert all(line.startswith("reader: ") for line in err) and len(err) == 2


def test_one_bad_file_among_good_ones_still_prints_the_good(
    sample_page_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(sample_page_path), str(empty), "--json"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["articles"]
    assert captured.err.startswith("reader: ")


def test_bad_usage_exits_2() -> None:
    proc = run_cli("parse")
    assert proc.returncode == 2
    assert proc.stderr.startswith("reader: ")
    assert run_cli("no-such-command").returncode == 2
