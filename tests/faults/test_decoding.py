"""Item 11: a UTF-8 page cut in the middle of a character is UTF-8 (the cut
replaced by �, said), not GB18030 gibberish; a page with a bad byte or two
reads with a replaced character, not "not an encoding we read"."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.core.text.decode import decode_bytes
from tests.core.newspages import news_page
from tests.faults.conftest import Cli


def page_text(seed: int, articles: int = 3) -> str:
    return news_page(random.Random(seed), f"第{seed}版", articles)


@pytest.mark.parametrize("text", ["中国人", "北京", "新华社电。记者", "abc中文", "半导体产业"])
@pytest.mark.parametrize("cut", [1, 2])
def test_a_short_utf8_file_cut_mid_character_is_utf8(text: str, cut: int) -> None:
    data = text.encode("utf-8")[:-cut]
    got = decode_bytes(data)
    assert got.encoding == "utf-8"
    assert got.text == text[:-1] + "\ufffd"


@pytest.mark.parametrize("seed", range(12))
def test_every_cut_page_is_utf8(seed: int) -> None:
    data = page_text(seed).encode("utf-8")
    rng = random.Random(seed)
    for _ in range(10):
        end = rng.randrange(8, len(data))
        got = decode_bytes(data[:end])
        assert got.encoding == "utf-8"
        assert got.text.rstrip("\ufffd") == data[:end].decode("utf-8", "ignore").replace("\r", "")


@pytest.mark.parametrize("bad", [b"\xff", b"\x80", b"\xe4\xb8", b"\xc0\xaf", b"\xfe\xfe"])
@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_a_bad_byte_in_a_utf8_page_is_replaced(bad: bytes, where: float) -> None:
    text = page_text(3)
    data = text.encode("utf-8")
    at = int(len(data) * where)
    while at < len(data) and (data[at] & 0xC0) == 0x80:   # at a character boundary
        at += 1
    broken = data[:at] + bad + data[at:]
    got = decode_bytes(broken)
    assert got.encoding == "utf-8"
    assert got.text.replace("\ufffd", "") == text
    assert 1 <= got.text.count("\ufffd") <= len(bad)


def test_gbk_and_big5_pages_are_still_told_apart() -> None:
    text = page_text(5)
    assert decode_bytes(text.encode("gb18030")).text == text
    assert decode_bytes(text.encode("gb18030")).encoding == "gb18030"
    trad = "臺灣半導體產業持續成長，記者採訪了多家廠商。\n" * 10
    got = decode_bytes(trad.encode("big5"))
    assert (got.encoding, got.text) == ("big5", trad)


def test_the_command_line_says_when_bytes_were_replaced(cli: Cli, tmp_path: Path) -> None:
    page = tmp_path / "cut.txt"
    page.write_bytes(page_text(7).rstrip().encode("utf-8")[:-1])   # mid-character
    r = cli("parse", "--json", page)
    assert r.status == 0
    assert r.err.startswith("reader: ") and "replaced" in r.err and "cut.txt" in r.err
    assert '"encoding": "utf-8"' in r.out
