"""Write the interface translations in resources/i18n from the action registry
and the string table, and compile them with pyside6-lrelease.

The registry (reader/actions.py) holds every action's title in Chinese and
English and its help line (English, with ``HELP_ZH``); reader/strings.py every
other interface string.  English is the source text, ``zh_CN`` its Simplified
Chinese translation, ``zh_TW`` and ``zh_HK`` the same converted by OpenCC
(Taiwan and Hong Kong standard), ``en`` the source itself.  The ui sources are
scanned for ``tr(context, "…")`` calls: one missing from the table stops the
script.  Run after changing the registry or the strings::

    .venv/bin/python scripts/make_translations.py
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.actions import ACTIONS, CATEGORIES, HELP_ZH  # noqa: E402
from reader.core.text.convert import Script, convert_text  # noqa: E402
from reader.strings import STRINGS, Tr  # noqa: E402

OUT = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW", "zh_HK", "en")


def messages() -> dict[str, list[tuple[str, str]]]:
    """Context → (English source, Simplified Chinese) pairs."""
    return {
        Tr.ACTIONS.value: [(a.title_en, a.title_zh) for a in ACTIONS],
        Tr.CATEGORIES.value: list({en: zh for zh, en in CATEGORIES.values()}.items()),
        Tr.HELP.value: [(a.help, HELP_ZH[a.id]) for a in ACTIONS],
        **{group.value: list(pairs.items()) for group, pairs in STRINGS.items()},
    }


def _group(node: ast.expr) -> str | None:
    """The translation group a ``tr`` call names (``Tr.STATUS`` → ``"status"``)."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id == "Tr" and node.attr in Tr.__members__:
        return Tr[node.attr].value
    return None


def ui_calls(root: Path = ROOT / "reader" / "ui") -> set[tuple[str, str]]:
    """(group, source text) of every ``tr(Tr.GROUP, "text", …)`` in the ui sources."""
    found: set[tuple[str, str]] = set()
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "tr" and len(node.args) >= 2:
                group, text = _group(node.args[0]), node.args[1]
                if group is not None and isinstance(text, ast.Constant) \
                        and isinstance(text.value, str):
                    found.add((group, text.value))
    return found


def missing() -> list[tuple[str, str]]:
    """``tr`` calls in the ui whose text has no entry in the table."""
    known = {(ctx, en) for ctx, pairs in messages().items() for en, _zh in pairs}
    return sorted(ui_calls() - known)


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
    gaps = missing()
    if gaps:
        raise SystemExit("not in reader/strings.py: " + ", ".join(map(str, gaps)))
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
