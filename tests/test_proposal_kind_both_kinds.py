"""议案建议: a congress's word for its deputies' items of both kinds together, as its site
files them and a title copies (``…会议第8号代表议案建议的答复``). It is read whole, so
neither half is the item's kind by where it stands (an earlier round read 建议 after a 关于
and 议案 with none), and it ranks last: the item's kind is the word the letter names it by
otherwise (the opening's quoted title, ``“关于…的建议”`` → 建议, ``“关于…的议案”`` → 议案), and
the pair as written only where nothing else names the item. Where its 建议 is the verb of a
sentence the 议案 opens, its object after it (``该议案建议将…纳入计划``), the word is 议案.
Snippets in our own words,
invented places, names and numbers.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

SESSION = "某市六届人大二次会议"
TAIL = "一、基本情况\n我局已完成勘察。\n某市交通运输局\n2024年6月3日\n"


def _letter(title: str, opening: str) -> str:
    return f"{title}\n柏某代表：\n{opening}\n{TAIL}"


CASES = [
    pytest.param(
        _letter(
            f"关于{SESSION}21号代表议案建议办结的答复",
            f"您关于{SESSION}21号“关于拓宽某某桥引道的建议”(21号)收悉，现答复如下。",
        ),
        ("建议", "21", "关于拓宽某某桥引道的建议"),
        id="about-title-quoted-jianyi",
    ),
    pytest.param(
        _letter(
            f"{SESSION}21号代表议案建议办结的答复",
            f"您关于{SESSION}21号“关于拓宽某某桥引道的建议”(21号)收悉，现答复如下。",
        ),
        ("建议", "21", "关于拓宽某某桥引道的建议"),
        id="no-about-quoted-jianyi",
    ),
    pytest.param(
        _letter(
            f"关于对{SESSION}第21号代表议案建议的答复",
            "您提出的“关于拓宽某某桥引道的议案”收悉，现答复如下。",
        ),
        ("议案", "21", "关于拓宽某某桥引道的议案"),
        id="quoted-yian",
    ),
    pytest.param(
        _letter(
            f"某市交通运输局关于{SESSION}代表议案建议第21号的答复",
            "您提出的“关于拓宽某某桥引道的建议”收悉，现答复如下。",
        ),
        ("建议", "21", "关于拓宽某某桥引道的建议"),
        id="pair-before-the-number",
    ),
    pytest.param(
        _letter(
            "关于拓宽某某桥引道的答复",
            "您领衔提出的议案建议将引道纳入计划，现答复如下。",
        ),
        ("议案", None, None),
        id="the-motion-suggests",
    ),
    pytest.param(
        _letter(
            "关于拓宽某某桥引道的答复",
            f"您在{SESSION}上提出的第21号议案建议尽快拓宽引道，现答复如下。",
        ),
        ("议案", "21", None),
        id="the-numbered-motion-suggests",
    ),
    pytest.param(
        _letter(
            f"关于{SESSION}第21号议案建议的答复",
            "您反映的桥梁引道问题收悉，现答复如下。",
        ),
        ("议案建议", "21", None),
        id="nothing-else-names-it",
    ),
    # the item's own title before the verb, unquoted or quoted: its ending names the item
    # (an earlier round took the verb's 建议 for the word after the title)
    pytest.param(
        _letter(
            "关于拓宽某某桥引道的答复",
            "您提出的关于拓宽某某桥引道的议案建议将引道纳入计划，现答复如下。",
        ),
        ("议案", None, "关于拓宽某某桥引道的议案"),
        id="unquoted-title-then-the-verb",
    ),
    pytest.param(
        _letter(
            "关于拓宽某某桥引道的答复",
            "您提出的关于拓宽某某桥引道的提案建议加快施工，现答复如下。",
        ),
        ("提案", None, "关于拓宽某某桥引道的提案"),
        id="unquoted-proposal-title-then-the-verb",
    ),
    pytest.param(
        _letter(
            "关于拓宽某某桥引道的答复",
            "您提出的《关于拓宽某某桥引道的议案》建议将引道纳入计划，现答复如下。",
        ),
        ("议案", None, "关于拓宽某某桥引道的议案"),
        id="quoted-title-then-the-verb",
    ),
    # a noun after the title as before: the word the letter calls the item by
    pytest.param(
        _letter(
            "关于拓宽某某桥引道的答复",
            "您提出的《关于拓宽某某桥引道的议案》建议收悉，现答复如下。",
        ),
        ("建议", None, "关于拓宽某某桥引道的议案"),
        id="quoted-title-then-the-noun",
    ),
    # the pair before 收悉 is one word, ranked last, read whole in the opening's item words
    # too (an earlier round read its 建议 alone there)
    pytest.param(
        _letter(
            "关于拓宽某某桥引道的答复",
            "您提出的关于拓宽某某桥引道的议案建议收悉，现答复如下。",
        ),
        ("议案建议", None, "关于拓宽某某桥引道的议案建议"),
        id="unquoted-pair-received",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_kind(text: str, want: tuple[str, str | None, str | None]) -> None:
    proposal = parse_text(text, keywords=False).proposal
    assert proposal is not None
    assert (proposal.kind, proposal.number, proposal.title) == want
