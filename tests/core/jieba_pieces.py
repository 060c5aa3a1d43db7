"""What the segmenter hands jieba's cutter, piece by piece: the tests of long
runs count it instead of timing (jieba's cut is quadratic in a piece's length)."""

from __future__ import annotations

import pytest

from reader.core.text.words import Segmenter


def record_pieces(segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that fills with the length of every piece *segmenter* hands jieba."""
    tokenizer = segmenter._get()
    pieces: list[int] = []
    whole_cut = tokenizer.cut

    def recording_cut(sentence: str, *args: object, **kwargs: object) -> object:
        pieces.append(len(sentence))
        return whole_cut(sentence, *args, **kwargs)

    monkeypatch.setattr(tokenizer, "cut", recording_cut)
    return pieces
