"""A proposal's title whose opening quote was lost where the opening wrote 关于 twice
(您们提出的关于关于…的建议”): the quote stood between the two, as a title never opens 关于关于,
so the title opens at the second (an earlier round kept both). A lost quote after one
关于 reads as before. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE_LINE = "某县教育局关于县十届人大三次会议第24号建议的答复\n李某某代表：\n"
_CLOSING = "我局已将围墙建设列入今年计划。\n某县教育局\n2022年7月1日\n"
_WANTED = "关于加快某小学围墙建设的建议"


@pytest.mark.parametrize(
    ("opening", "wanted"),
    [
        pytest.param(
            "您们提出的关于关于加快某小学围墙建设的建议”(第24号)，已交我局办理。现答复如下：",
            _WANTED,
            id="curly-close-number-note",
        ),
        pytest.param(
            "您提出的关于关于加快某小学围墙建设的建议」收悉，现答复如下：",
            _WANTED,
            id="corner-close",
        ),
        pytest.param(
            '您提出的关于关于加快某小学围墙建设"的建议收悉，现答复如下：',
            "关于加快某小学围墙建设",  # (the quote holds no kind word: its words alone)
            id="straight-close-kind-after",
        ),
        pytest.param(
            "您提出的关于加快某小学围墙建设的建议”收悉，现答复如下：",
            _WANTED,
            id="one-about-as-before",
        ),
    ],
)
def test_the_title_opens_at_the_second_about(opening: str, wanted: str) -> None:
    letter = parse_text(_TITLE_LINE + opening + "\n" + _CLOSING)
    proposal = letter.proposal
    assert proposal is not None
    assert proposal.title == wanted
    assert proposal.title_span is not None
    assert letter.text is not None
    assert letter.text[slice(*proposal.title_span)] == wanted
