"""A short reply flattened onto one line whose salutation is a person's name alone, no role
word (``张某某：你提出的…``): the name and its colon, right after the title's ending, a gap
or the line's start, and an opening spoken to that person (a pronoun and the verb of
asking) are the salutation, and the break goes after its colon. Must-not-match: a label's
colon, a name glued after words that are no title, a tidy letter. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于加快青禾镇污水管网建设的建议的答复"
_BODY = "今年以来，我局已筹措180万元，先铺设青禾镇主干管2.6公里。感谢你对青禾镇污水治理的关注。"
_CLOSING = "某县住房和城乡建设局 2023年6月12日 联系人：李某 联系电话：0000-1234567"


@pytest.mark.parametrize(
    "opening",
    [
        "你提出的关于加快青禾镇污水管网建设的建议收悉，现答复如下：",
        "你提出的关于加快青禾镇污水管网建设的建议，我局高度重视，现将办理情况答复如下：",
        "您提出的关于加快青禾镇污水管网建设的建议已交我局办理，现答复如下：",
        "你们提出的关于加快青禾镇污水管网建设的建议已转我局办理。",
        "您在县十八届人大三次会议上提出的建议收悉，现答复如下：",
    ],
    ids=["received", "no-received", "handed-over", "no-as-follows", "at-the-session"],
)
@pytest.mark.parametrize("sep", [" ", ""], ids=["spaced", "glued"])
def test_bare_name_salutation_on_a_flattened_line(opening: str, sep: str) -> None:
    text = _TITLE + sep + "张某某：" + opening + _BODY + " " + _CLOSING + "\n"
    letter = parse_text(text, keywords=False)
    assert letter.salutation == "张某某："
    assert [(a.name, a.role) for a in letter.addressees] == [("张某某", None)]
    assert letter.title == _TITLE
    assert letter.signature.issuer == "某县住房和城乡建设局"
    assert [(c.name, c.phone) for c in letter.contacts] == [("李某", "0000-1234567")]


def test_bare_name_opening_the_line() -> None:
    text = (
        "陈某某：您提出的关于增设城区停车位的建议已交我局办理，现答复如下："
        + _BODY
        + " 某县城市管理局 2023年6月30日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.salutation == "陈某某："
    assert letter.signature.issuer == "某县城市管理局"


@pytest.mark.parametrize(
    "head",
    [
        # a label's colon before a pronoun: no name
        "备注：你提出的建议已转我局办理。",
        # a name glued after words that are no title's ending
        "关于某某事项王某某：你提出的建议已转我局办理。",
        # a role written first (a bare 代表王某 is none)
        "代表王某：您提出的建议已转我局办理。",
        # the colon before words spoken to no one
        "张某某：今年以来我局已经完成改造。",
    ],
    ids=["label", "no-title-before", "role-first", "no-pronoun"],
)
def test_no_bare_name_salutation(head: str) -> None:
    letter = parse_text(_TITLE + " " + head + _BODY + " 某县住房和城乡建设局 2023年6月12日\n")
    assert letter.salutation is None


def test_tidy_letter_with_a_bare_name_reads_as_before() -> None:
    text = (
        f"{_TITLE}\n\n张某某：\n    你提出的关于加快青禾镇污水管网建设的建议收悉，现答复如下：\n"
        f"    {_BODY}\n\n某县住房和城乡建设局\n2023年6月12日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.salutation == "张某某："
    assert letter.title == _TITLE
    assert letter.signature.date == "2023-06-12"
