"""The issuer's mark's glued gate (resegment.py) reads as the plain reading it stands for:
a bracketed year asked for only where the text holds one of its brackets."""

from __future__ import annotations

import pytest

import goldsets
from replyparse import resegment as R
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap

# glued issuers' marks, with and without what may follow them, in words of our own
_SNIPPETS = [
    "某市交通运输局某交函〔2021〕12号关于某建议的答复",
    "某县水利局[2020]3号",
    "某县水利局［2020］3号",
    "某县水利局【2020】3号",
    "某县水利局（2020）3号",
    "某县水利局（20）3号",
    "某县人民政府办公室文件某政办〔2022〕5号",
    "某区教育局签发人：王某",
    "某区教育局特急关于某提案的答复",
    "某区教育局机密★1年",
    "某区教育局123456关于某事",
    "某街道办事处关于某建议的答复",
    "某县卫生健康局对某提案的答复（第24号）",
    "某局〔2021〕",
    "某局2021〕3号",
]


def _texts() -> list[str]:
    return [*_SNIPPETS, *(letter.text() for letter in goldsets.all_letters())]


def _issuer_marks(text: str) -> list[int | None]:
    """The glued issuer's mark read from every place of the text's first lines, to every
    end of a line among them."""
    out: list[int | None] = []
    for view in (
        unwrap(TextView(normalise_newlines(text))),
        TextView(" ".join(normalise_newlines(text).split("\n"))),
    ):
        reader = R._Reader(view)
        for line in reader.lines[:6]:
            for pos in range(line.start, min(line.end, line.start + 60)):
                out.append(reader._issuer_mark(pos, line.end, glued_only=True))
    return out


@pytest.mark.parametrize("text", _texts())
def test_the_glued_issuer_gate_reads_as_the_plain_one(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _issuer_marks(text)
    fast_breaks = R.find_breaks(unwrap(TextView(normalise_newlines(text))))
    monkeypatch.setattr(R, "_may_hold_number_year", lambda text: True)
    assert _issuer_marks(text) == fast
    assert R.find_breaks(unwrap(TextView(normalise_newlines(text)))) == fast_breaks


def test_every_bracketed_year_holds_a_bracket_asked() -> None:
    for text in [*_SNIPPETS, *(f"{o}2021{c}" for o in "〔[［【（" for c in "〕]］】）")]:
        for m in R._NUMBER_YEAR.finditer(text):
            assert R._may_hold_number_year(m.group())
