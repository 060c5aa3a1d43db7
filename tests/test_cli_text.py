"""``python -m reader convert`` and ``python -m reader keywords`` as scripts use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "tests" / "data" / "000_d48977a43abbad4a.txt"


def reader(
    *args: str, stdin: bytes = b"", home: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    if home is not None:
        env["DUBAO_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


# -- convert -------------------------------------------------------------------------------


def test_convert_stdin_keeps_everything_but_the_script() -> None:
    text = "汉字转换\r\nLatin text, 123。U盘——“引号”\n\n\tend"
    out = reader("convert", "--config", "s2twp", stdin=text.encode("utf-8"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.decode("utf-8") == "漢字轉換\r\nLatin text, 123。隨身碟——“引號”\n\n\tend"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030", "big5"])
def test_convert_reads_every_page_encoding(tmp_path: Path, encoding: str) -> None:
    source = "開發區的軟體工程師\n第二行" if encoding == "big5" else "开发区的软件工程师\n第二行"
    path = tmp_path / "page.txt"
    path.write_bytes(source.encode(encoding))
    out = reader("convert", "--config", "s2t" if encoding != "big5" else "t2s", str(path))
    assert out.returncode == 0, out.stderr
    expected = "开发区的软体工程师\n第二行" if encoding == "big5" else "開發區的軟件工程師\n第二行"
    assert out.stdout.decode("utf-8") == expected


def test_convert_a_whole_page_line_for_line() -> None:
    out = reader("convert", "--config", "s2hk", str(PAGE))
    assert out.returncode == 0
    converted = out.stdout.decode("utf-8")
    original = PAGE.read_text(encoding="utf-8")
    assert converted.count("\n") == original.count("\n")
    assert len(converted) == len(original)  # s2hk changes characters, not lengths
    assert converted != original


def test_convert_unknown_configuration_is_a_usage_error() -> None:
    out = reader("convert", "--config", "s2klingon", stdin="字".encode())
    assert out.returncode == 2
    assert out.stderr.decode().startswith("reader: unknown configuration 's2klingon'")
    assert out.stdout == b""


def test_convert_missing_file_and_binary_input(tmp_path: Path) -> None:
    missing = reader("convert", "--config", "s2t", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert missing.stderr.decode().startswith("reader: ")
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    out = reader("convert", "--config", "s2t", str(binary))
    assert out.returncode == 2
    assert "not text" in out.stderr.decode()


def test_convert_empty_input_gives_empty_output() -> None:
    out = reader("convert", "--config", "t2s", stdin=b"")
    assert out.returncode == 0
    assert out.stdout == b""


# -- keywords ------------------------------------------------------------------------------


def test_keywords_json_one_line_per_path(tmp_path: Path) -> None:
    second = tmp_path / "copy.txt"
    second.write_bytes(PAGE.read_bytes())
    out = reader("keywords", str(PAGE), str(second), "--top", "3", "--json", home=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    for line, path in zip(lines, (PAGE, second), strict=True):
        doc = json.loads(line)
        assert doc["path"] == str(path)
        assert doc["articles"]
        for i, article in enumerate(doc["articles"]):
            assert article["index"] == i
            assert article["title"]
            assert 1 <= len(article["keywords"]) <= 3
            for keyword in article["keywords"]:
                assert set(keyword) == {"word", "weight"}
                assert keyword["word"].strip()
                assert 0 < keyword["weight"] <= 1
    first = json.loads(lines[0])["articles"][0]
    assert "开发区" in [k["word"] for k in first["keywords"]]


def test_keywords_readable_listing(tmp_path: Path) -> None:
    out = reader("keywords", str(PAGE), home=tmp_path)
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode("utf-8")
    assert text.startswith(f"# {PAGE}")
    assert "开发区招商引资" in text
    assert list((tmp_path / "cache").glob("jieba-*.table"))


def test_keywords_bad_usage(tmp_path: Path) -> None:
    zero = reader("keywords", str(PAGE), "--top", "0", home=tmp_path)
    assert zero.returncode == 2
    assert zero.stderr.decode().startswith("reader: --top")
    missing = reader("keywords", str(tmp_path / "nope.txt"), home=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.decode().startswith("reader: ")
