"""The kind word right after the number noted in brackets after a quoted title
(《关于…的建议》(2024018号)提案已收悉) is the letter's word for the item, as the word right
after the quoted title is (》提案): it wins over the title's own ending and over a later
你的建议 of the opening. So does the body's 提案中 (what the item holds). Snippets invented
(names and numbers made up)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "一、我局高度重视。\n感谢您的关心。\n某市交通局\n2024年6月1日\n"

# the salutation and opening, and the kind read
KINDS = {
    "digits-then-tian": (
        "尊敬的王某委员：\n您好！您提出的《关于加强乡村道路养护的建议》(2024018号)提案已收悉，"
        "对于您的建议，我局高度重视，现答复如下：\n",
        "提案",
    ),
    "di-then-tian-yours-later": (
        "王某委员：\n你提出的《关于加强乡村道路养护的建议》（第18号）提案收悉，"
        "你的建议很有意义，现答复如下：\n",
        "提案",
    ),
    "full-width-then-de-tian": (
        "王某代表：\n您提出的《关于加强乡村道路养护的建议》（2024018号）的提案收悉。"
        "您的建议已交我局办理。\n",
        "提案",
    ),
    "tian-title-then-jianyi": (
        "王某代表：\n您提出的《关于加强乡村道路养护的提案》(2024018号)建议收悉，现答复如下：\n",
        "建议",
    ),
    # near misses: no kind word after the note; a kind word before it wins
    "no-word-after-note": (
        "王某代表：\n您提出的《关于加强乡村道路养护的提案》(2024018号)已收悉，"
        "您的建议已交我局办理。\n",
        "建议",
    ),
    "word-before-note": (
        "王某委员：\n您提出的《关于加强乡村道路养护》建议(第18号)提案已收悉。\n",
        "建议",
    ),
}


@pytest.mark.parametrize(("text", "kind"), KINDS.values(), ids=KINDS.keys())
def test_kind_after_number_note(text: str, kind: str) -> None:
    p = parse_text(text + _BODY, keywords=False).proposal
    assert p is not None
    assert p.kind == kind
    assert p.number in {"2024018", "18"}


# The body's 提案中 / 议案中 (what the item holds) names the item, as 该提案 does, and so does
# 提案精神 (what it asks): it wins over
# the quoted title's ending; 建议中 is the common noun's (a proposal's points) and does not.
_CONTENT = (
    "李某、王某委员：\n你们提出的《关于加强古镇文化保护利用的建议》，已交由我们研究办理，"
    "现答复如下：\n首先，感谢你们的关注与支持，{word}关于文化资源挖掘等建议，具有重要意义。\n"
)


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        pytest.param("提案中", "提案", id="tian-zhong"),
        pytest.param("议案中", "议案", id="yian-zhong"),
        pytest.param("建议中", "建议", id="jianyi-zhong-common-noun"),
        pytest.param("提案中心对", "建议", id="tian-zhongxin-a-body"),
        # fix8486: what the item asks, 提案精神 / 议案的精神, names it too; 建议精神 does not
        pytest.param("我们将结合提案精神，", "提案", id="tian-jingshen"),
        pytest.param("按照议案的精神，", "议案", id="yian-de-jingshen"),
        pytest.param("结合建议精神，", "建议", id="jianyi-jingshen-common-noun"),
        pytest.param("建议和提案精神，", "建议", id="pair-of-kinds-jingshen"),
        pytest.param("", "建议", id="no-word"),
    ],
)
def test_what_the_item_holds_names_it(word: str, kind: str) -> None:
    p = parse_text(_CONTENT.format(word=word) + _BODY, keywords=False).proposal
    assert p is not None
    assert p.kind == kind
