"""The scripts the reader shows text in (pure, stdlib only: cheap to import).

:class:`Script` is the one name for a script everywhere: the window's state, the
settings and preferences files (by member name), the command line (by value)
and conversion (:mod:`reader.core.text.convert`, which needs OpenCC and is
imported only when text is converted).
"""

from __future__ import annotations

import enum


class Script(enum.Enum):
    """The scripts the reader can show an article in, in the order ``t`` cycles."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    TAIWAN = "taiwan"
    HONGKONG = "hongkong"

    @property
    def label(self) -> str:
        """How the script names itself (简体, 繁體 …): the same in every language."""
        return _LABELS[self]

    @property
    def config(self) -> str:
        """The OpenCC configuration that turns text of any script into this one."""
        return _SCRIPT_CONFIGS[self]

    def next(self) -> Script:
        members = list(Script)
        return members[(members.index(self) + 1) % len(members)]

    @classmethod
    def from_name(cls, name: str) -> Script:
        """The script called *name*: its value, member name, label, configuration
        or a common alias (``zh-Hans``, ``zh-TW``, ``繁体`` …), case and spaces ignored."""
        key = name.strip().lower().replace("_", "-")
        for script in cls:
            if key in (script.value, script.name.lower(), script.label.lower(), script.config):
                return script
        script_alias = _ALIASES.get(key)
        if script_alias is None:
            raise ValueError(f"unknown script {name!r}")
        return script_alias

    @classmethod
    def stored(cls, name: object) -> Script | None:
        """The script a settings file names by member name (``"TAIWAN"``); None for
        anything else."""
        return cls.__members__.get(name) if isinstance(name, str) else None


_LABELS = {
    Script.SIMPLIFIED: "简体",
    Script.TRADITIONAL: "繁體",
    Script.TAIWAN: "臺灣正體",
    Script.HONGKONG: "香港繁體",
}
_SCRIPT_CONFIGS = {
    Script.SIMPLIFIED: "t2s",
    Script.TRADITIONAL: "s2t",
    Script.TAIWAN: "s2twp",
    Script.HONGKONG: "s2hk",
}
_ALIASES = {
    **dict.fromkeys(("s", "zh-hans", "zh-cn", "简", "簡體", "简体中文"), Script.SIMPLIFIED),
    **dict.fromkeys(("t", "zh-hant", "繁", "繁体", "繁体字", "正體"), Script.TRADITIONAL),
    **dict.fromkeys(("tw", "zh-tw", "台湾", "臺灣", "台灣", "台湾正体", "台灣正體"), Script.TAIWAN),
    **dict.fromkeys(("hk", "zh-hk", "香港", "港", "香港繁体"), Script.HONGKONG),
}
