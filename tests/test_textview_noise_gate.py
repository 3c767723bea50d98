"""The view's noise-line scan reads a line led by a digit only when a ``/`` stands on it:
the same lines dropped as when every line is read against the noise pattern."""

from __future__ import annotations

import pytest

from goldsets import all_letters, at_least, perturbed_texts
from replyparse import textview
from replyparse.textview import _ANY_BLANKS, _BLANK, _BMP_BLANKS, _NOISE_LINE, FORMAT_CHARS


def _plain(original: str) -> list[tuple[int, int]]:
    """Every line of ``original`` that :data:`_NOISE_LINE` takes, format characters and
    edge blanks aside: no gate."""
    spans = []
    start = 0
    for line in original.split("\n"):
        bare = "".join(ch for ch in line.strip(_BLANK) if ch not in FORMAT_CHARS)
        if _NOISE_LINE.match(bare):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _gated(original: str, blanks: textview._Blanks) -> list[tuple[int, int]]:
    """The lines :func:`textview._dropped_lines` reads as noise (chrome aside)."""
    spans = []
    for m in blanks.noise.finditer("\n" + original):
        end = original.find("\n", m.start())
        end = len(original) if end < 0 else end
        bare = blanks.formats.sub("", original[m.start() : end].strip(_BLANK))
        if _NOISE_LINE.match(bare):
            spans.append((m.start(), end))
    return spans


_SNIPPETS = [
    "1/3",
    "  2 / 5  ",
    "12/30\n正文",
    "\u200b3\u200b/\u200b4",
    "２/３",
    "2023年5月8日",
    "2023年5月8日\n1/2\n- 2 -",
    "3 页",
    "1/3 张三",
    "文\n\n 4/4",
    "第1页 共3页",
    "共3页 第1页",
    "image1.wmf",
    "—— 3 ——",
    "------",
    "5、见附件/清单",
    "9\n/2",
    "٣/٤",
]


@pytest.mark.parametrize("blanks", [_BMP_BLANKS, _ANY_BLANKS])
def test_noise_gate_snippets(blanks: textview._Blanks) -> None:
    taken = 0
    for text in _SNIPPETS:
        assert _gated(text, blanks) == _plain(text), text
        taken += bool(_plain(text))
    assert taken >= 8  # the comparison meets noise lines, digit-led ones among them


def test_noise_gate_gold_letters() -> None:
    texts = [g.text() for g in all_letters()] + perturbed_texts()
    for text in texts:
        # each line alone too: a date line, a page number line, at the text's start
        assert _gated(text, _ANY_BLANKS) == _plain(text)
    assert len(texts) >= at_least(100, 10)
