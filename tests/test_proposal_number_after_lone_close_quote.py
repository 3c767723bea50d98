"""The number in brackets after a proposal's title whose opening quote the copy lost
(您提出的关于…的建议”(第54号)，…), the reply's own title writing it with its 号 lost
(…第54办理情况的答复): the bracketed 第N号 after the lone closing quote is the item's number,
as after a whole quote (an earlier round read none). A bracket that holds no number, or a
quote with no kind word before it, gives none. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于某县十届人大一次会议代表建议第54办理情况的答复\n王某代表：\n"
_CLOSING = "我局将积极争取资金。\n某县文化局\n2023年6月30日\n"


@pytest.mark.parametrize(
    ("opening", "number"),
    [
        pytest.param(
            "您在会议上提出的关于加强某村文化设施建设的建议”(第54号)，交由我单位办理。",
            "54",
            id="curly-close-half-width-brackets",
        ),
        pytest.param(
            "您提出的关于加强某村文化设施建设的提案」（第54号）已收悉。",
            "54",
            id="corner-close-wide-brackets",
        ),
        pytest.param(
            "您提出的“关于加强某村文化设施建设的建议”(第54号)，交由我单位办理。",
            "54",
            id="whole-quote-as-before",
        ),
        pytest.param(
            "您提出的关于加强某村文化设施建设的建议”(2023年)，交由我单位办理。",
            None,
            id="no-number-in-brackets",
        ),
        pytest.param(
            "您提出的关于加强某村文化设施”(第54号)，交由我单位办理。",
            None,
            id="no-kind-word-before-the-quote",
        ),
    ],
)
def test_the_number_after_a_lone_closing_quote(opening: str, number: str | None) -> None:
    letter = parse_text(_TITLE + opening + "\n" + _CLOSING, keywords=False)
    assert letter.proposal.number == number
