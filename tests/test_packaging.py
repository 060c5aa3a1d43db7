"""The desktop entry and the application icon that installing needs."""

from __future__ import annotations

import configparser
import fnmatch
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / "dubao.desktop", encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_the_desktop_entry_has_what_a_launcher_needs() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Dubao 读报"
    assert entry["Exec"] == "dubao %F"
    assert entry["Icon"] == "dubao"
    assert entry["MimeType"] == "text/plain;"
    assert set(entry["Categories"].rstrip(";").split(";")) >= {"Office", "Viewer"}
    assert entry["Categories"].endswith(";") and entry["Terminal"] == "false"
    text = (RESOURCES / "dubao.desktop").read_bytes()
    assert text.decode("utf-8").startswith("[Desktop Entry]\n") and b"\r" not in text


def test_exec_names_the_installed_command() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert desktop_entry()["Exec"].split()[0] in scripts


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icon_is_an_svg_and_a_256_pixel_png() -> None:
    svg = ET.parse(RESOURCES / "icons" / "dubao.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"
    assert png_size(RESOURCES / "icons" / "dubao.png") == (256, 256)


def test_the_wheel_ships_the_desktop_entry_and_icons() -> None:
    """pyproject maps resources/ to the package dubao_resources; its package
    data patterns must take in these files (checked by building a wheel too)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert config["package-dir"]["dubao_resources"] == "resources"
    patterns = config["package-data"]["dubao_resources"]
    for name in ("dubao.desktop", "icons/dubao.svg", "icons/dubao.png"):
        assert (RESOURCES / name).is_file()
        assert any(fnmatch.fnmatch(name, p) for p in patterns), name
