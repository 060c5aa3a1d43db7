"""Write the interface translations in resources/i18n from the action registry,
and compile them with pyside6-lrelease.

The registry (reader/actions.py) holds every action's title in Chinese and
English: English is the source text, ``zh_CN`` its Simplified Chinese
translation, ``zh_TW`` and ``zh_HK`` the same converted by OpenCC (Taiwan and
Hong Kong standard), ``en`` the source itself.  Run after changing the
registry::

    .venv/bin/python scripts/make_translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.actions import ACTIONS, CATEGORIES  # noqa: E402
from reader.core.convert import Script, convert_text  # noqa: E402
from reader.strings import STRINGS  # noqa: E402

OUT = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW", "zh_HK", "en")


def messages() -> dict[str, list[tuple[str, str]]]:
    """Context → (English source, Simplified Chinese) pairs."""
    return {
        "actions": [(a.title_en, a.title_zh) for a in ACTIONS],
        "categories": list({en: zh for zh, en in CATEGORIES.values()}.items()),
        **{context: list(pairs.items()) for context, pairs in STRINGS.items()},
    }


def converter(language: str) -> Callable[[str, str], str]:
    if language == "en":
        return lambda en, _zh: en
    if language == "zh_CN":
        return lambda _en, zh: zh
    script = Script.TAIWAN if language == "zh_TW" else Script.HONGKONG
    return lambda _en, zh: convert_text(zh, script)


def ts_text(language: str) -> str:
    pick = converter(language)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for context, pairs in messages().items():
        out.append(f"<context>\n    <name>{context}</name>")
        seen: set[str] = set()
        for en, zh in pairs:
            if en in seen:
                continue
            seen.add(en)
            out.append("    <message>\n"
                       f"        <source>{escape(en)}</source>\n"
                       f"        <translation>{escape(pick(en, zh))}</translation>\n"
                       "    </message>")
        out.append("</context>")
    out.append("</TS>\n")
    return "\n".join(out)


def lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    if found.exists():
        return str(found)
    other = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if other is None:
        raise SystemExit("pyside6-lrelease not found (pip install PySide6-Essentials)")
    return other


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    for language in LANGUAGES:
        ts = OUT / f"dubao_{language}.ts"
        ts.write_text(ts_text(language), encoding="utf-8")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
    print(f"wrote {len(LANGUAGES)} translations to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
