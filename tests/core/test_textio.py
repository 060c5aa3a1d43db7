"""Reading page files: encodings, newlines, and every kind of bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.text.decode import (
    UnreadableFileError,
    decode_bytes,
    normalize_newlines,
    read_page_text,
)

PAGE = "本报讯（记者 王菲菲）23 日上午，市委党校秋季主体班开班。\n\n许辉强调，要笃定对标对表。\n"
TRAD = "本報訊（記者 王菲菲）23 日上午，市委黨校秋季主體班開班。\n\n許輝強調，要篤定對標對表。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8"),
        (PAGE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("gbk"), "gb18030"),
        (TRAD.encode("big5"), "big5"),
    ],
)
def test_encodings_are_detected(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text in (PAGE, TRAD)


def test_short_gbk_text_is_not_mistaken_for_big5() -> None:
    assert decode_bytes("本报讯".encode("gbk")).text == "本报讯"
    assert decode_bytes("高邮日报".encode("gbk")).text == "高邮日报"


def test_sample_page_in_every_encoding(sample_page_path: Path) -> None:
    text = sample_page_path.read_text(encoding="utf-8")
    for enc in ("utf-8", "utf-8-sig", "utf-16", "gb18030"):
        assert decode_bytes(text.encode(enc)).text == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\u2028b", "a\nb"),
        ("a\fb", "a\n\nb"),
        ("a\nb", "a\nb"),
    ],
)
def test_newlines_are_normalised(raw: str, expected: str) -> None:
    assert normalize_newlines(raw) == expected


def test_crlf_file_reads_like_lf(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.replace("\n", "\r\n").encode("utf-8"))
    assert read_page_text(path).text == PAGE


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(UnreadableFileError, match="empty"):
        read_page_text(path)


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\n \r\n")
    with pytest.raises(UnreadableFileError, match="empty"):
        read_page_text(path)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with pytest.raises(UnreadableFileError, match="not text"):
        read_page_text(path)


def test_control_characters_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(("正文" + "\x01\x02\x03\x04" * 50).encode("utf-8"))
    with pytest.raises(UnreadableFileError, match="not text"):
        read_page_text(path)


def test_tabs_and_line_and_page_breaks_are_text(tmp_path: Path) -> None:
    """\\t \\n \\v \\f \\r (0x09-0x0d) belong in text; their neighbours 0x08 and
    0x0e do not."""
    body = "正文\t表格\v分栏\f下一版\r\n" * 50
    path = tmp_path / "breaks.txt"
    path.write_bytes(body.encode("utf-8"))
    assert "下一版" in read_page_text(path).text
    for neighbour in ("\x08", "\x0e"):
        path.write_bytes((body + neighbour * 50).encode("utf-8"))
        with pytest.raises(UnreadableFileError, match="not text"):
            read_page_text(path)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="folder"):
        read_page_text(tmp_path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="does not exist"):
        read_page_text(tmp_path / "nope.txt")


def test_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(3 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(UnreadableFileError, match="too large"):
        read_page_text(path, max_bytes=1024 * 1024)


def test_default_limit_is_at_least_50_mb() -> None:
    from reader.core.text.decode import MAX_BYTES

    assert MAX_BYTES >= 50 * 1024 * 1024


def test_undecodable_bytes_get_a_clear_message() -> None:
    # Neither UTF-8, GB18030 nor Big5 strictly; must either decode leniently or
    # say which encodings are read — never raise a UnicodeDecodeError.
    data = bytes([0xFF, 0xFE, 0xFD]) * 10 + "本报讯".encode("gbk") * 40
    try:
        decoded = decode_bytes(data)
    except UnreadableFileError as err:
        assert "encoding" in str(err) or "not text" in str(err)
    else:
        assert "本报讯" in decoded.text


def test_reading_never_writes(tmp_path: Path, sample_page_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(sample_page_path.read_bytes())
    before = path.stat()
    path.chmod(0o444)
    read_page_text(path)
    after = path.stat()
    assert (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)
