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
    "<br>",
    '<wbr id="x"><strike id="x"></strike></wbr>\n正文',
    "  </div>  ",
    "<p>正文</p>",
    "<<关于某事的建议>>",
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


# A line of HTML markup alone (dev23 round: a web copy's ``<wbr id="x"></wbr>`` over the
# title) is noise, dropped; a line with text between its tags, or a title in ``<<…>>``, stays.
@pytest.mark.parametrize(
    ("line", "noise"),
    [
        pytest.param('<wbr id="x"><strike id="x"></strike></wbr>', True, id="tags-alone"),
        pytest.param("<br/>", True, id="break"),
        pytest.param("</div> </p>", True, id="closing-tags"),
        pytest.param("<p>已收悉</p>", False, id="text-in-tags"),
        pytest.param("<<关于某事的建议>>", False, id="title-in-angle-brackets"),
        pytest.param("<5万元", False, id="less-than"),
    ],
)
def test_a_line_of_markup_alone_is_noise(line: str, noise: bool) -> None:
    assert bool(_NOISE_LINE.match(line)) is noise
    view = textview.TextView(f"{line}\n王某代表：\n")
    assert (line[:3] in view.norm) is not noise
