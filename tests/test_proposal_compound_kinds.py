"""An item the letter names with a compound word: 意见建议, 建议意见, and the deputies'
建议、批评和意见 as the law names them (批评、建议和意见), kept whole as its kind and at the end
of its title (snippets written for these tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "我局已组织研究。\n"

# (kind, number, session, title) each letter's careful reader writes
COMPOUNDS = {
    # the word before 收悉 is the compound whole, not its 建议
    "yijian-jianyi-unquoted": (
        "钱立代表：\n您提出的关于整治城东菜市场秩序的意见建议收悉，现答复如下：\n",
        ("意见建议", None, None, "关于整治城东菜市场秩序的意见建议"),
    ),
    "yijian-jianyi-quoted": (
        "钱立代表：\n您提出的《关于整治城东菜市场秩序的意见建议》收悉，现答复如下：\n",
        ("意见建议", None, None, "关于整治城东菜市场秩序的意见建议"),
    ),
    "jianyi-yijian-quoted": (
        "钱立代表：\n您提出的“关于整治城东菜市场秩序的建议意见”收悉，现答复如下：\n",
        ("建议意见", None, None, "关于整治城东菜市场秩序的建议意见"),
    ),
    # the deputies' 批评、建议和意见, in either order, whole
    "piping-jianyi-yijian-quoted": (
        "钱立代表：\n您提出的《关于整治城东菜市场秩序的批评、建议和意见》收悉，现答复如下：\n",
        ("批评、建议和意见", None, None, "关于整治城东菜市场秩序的批评、建议和意见"),
    ),
    "jianyi-piping-yijian-unquoted": (
        "钱立代表：\n您提出的关于整治城东菜市场秩序的建议、批评和意见收悉，现答复如下：\n",
        ("建议、批评和意见", None, None, "关于整治城东菜市场秩序的建议、批评和意见"),
    ),
    "piping-after-number": (
        "钱立代表：\n您在镇十九届人大二次会议上提出的第7号批评、建议和意见收悉，现答复如下：\n",
        ("批评、建议和意见", "7", "镇十九届人大二次会议", None),
    ),
    "piping-number-in-brackets": (
        "钱立代表：\n您在镇十九届人大二次会议期间提出的批评、建议和意见（第7号）收悉，"
        "现答复如下：\n",
        ("批评、建议和意见", "7", "镇十九届人大二次会议", None),
    ),
    # in the letter's title, after the number, and the title in the opening whole
    "piping-in-title": (
        "关于对镇十九届人大二次会议第7号批评、建议和意见的答复\n钱立代表：\n"
        "您提出的关于整治城东菜市场秩序的批评、建议和意见收悉，现答复如下：\n",
        (
            "批评、建议和意见",
            "7",
            "镇十九届人大二次会议",
            "关于整治城东菜市场秩序的批评、建议和意见",
        ),
    ),
    # the class the quoted item was filed in, right before it (decided, fix106): the
    # letter's word for the item, above the quoted title's own ending
    "class-before-quoted-title": (
        "钱立代表：\n你们在镇十九届人大二次会议代表建议、批评和意见中提出的"
        "《关于整治城东菜市场秩序的建议》已转交我局办理，现答复如下：\n",
        ("建议、批评和意见", None, "镇十九届人大二次会议", "关于整治城东菜市场秩序的建议"),
    ),
    "class-glued-to-quoted-title": (
        "钱立代表：\n您在镇十九届人大二次会议期间提出的批评、建议和意见"
        "“关于整治城东菜市场秩序的建议”收悉，现答复如下：\n",
        ("批评、建议和意见", None, "镇十九届人大二次会议", "关于整治城东菜市场秩序的建议"),
    ),
    # the body's 意见建议 when no other word names the item: still its kind
    "narrative-alone": (
        "钱立代表：\n您在会上的发言我们已认真研究，答复如下：\n"
        "您提出意见建议后，我们及时进行了调查研究。\n",
        ("意见建议", None, None, None),
    ),
}

# Near misses: the compound is no kind where another word names the item
NOT_COMPOUNDS = {
    # the letter's own title names a 建议: its word wins over the quoted title's ending
    "title-names-jianyi": (
        "关于镇十九届人大二次会议第7号建议的答复\n钱立代表：\n"
        "您提出的《关于整治城东菜市场秩序的意见建议》收悉，现答复如下：\n",
        ("建议", "7", "镇十九届人大二次会议", "关于整治城东菜市场秩序的意见建议"),
    ),
    # ... and so does it over the class named before the quoted title (fix106)
    "title-names-jianyi-over-class": (
        "关于镇十九届人大二次会议第7号建议的答复\n钱立代表：\n"
        "你们在镇十九届人大二次会议代表建议、批评和意见中提出的"
        "《关于整治城东菜市场秩序的建议》已转交我局办理，现答复如下：\n",
        ("建议", "7", "镇十九届人大二次会议", "关于整治城东菜市场秩序的建议"),
    ),
    # ... and the class before a quote that is no item (a motto, a rule's name): the quoted
    # title's ending names the item (review62b)
    "class-before-a-motto": (
        "钱立代表：\n您提出的《关于整治城东菜市场秩序的建议》收悉。我局把办理代表建议、"
        "批评和意见“事事有着落”作为要求，现答复如下：\n",
        ("建议", None, None, "关于整治城东菜市场秩序的建议"),
    ),
    "class-before-a-rules-name": (
        "钱立代表：\n您提出的关于整治城东菜市场秩序的议案收悉。按照代表建议、批评和意见"
        "《处理规程》，现答复如下：\n",
        ("议案", None, None, "关于整治城东菜市场秩序的议案"),
    ),
    # 意见建议 as a common noun in the closing thanks names nothing
    "closing-thanks": (
        "钱立代表：\n您提出的关于整治城东菜市场秩序的建议收悉，现答复如下：\n"
        "我局已组织研究。\n感谢您提出的宝贵意见建议！\n",
        ("建议", None, None, "关于整治城东菜市场秩序的建议"),
    ),
    # 意见建议 in the reply's own account after the opening (您提出意见建议后) is the common
    # noun: the kind is the ending of the proposal's 关于…的X phrase, or its quoted title's
    "narrative-after-handed-over": (
        "钱立代表：\n您在镇十九届人大二次会议上提出的关于整治城东菜市场秩序的建议，"
        "交由镇城管办办理。经研究，答复如下：\n"
        "镇政府高度重视。您提出意见建议后，我们及时进行了调查研究。\n",
        ("建议", None, "镇十九届人大二次会议", "关于整治城东菜市场秩序的建议"),
    ),
    "narrative-after-quoted-title": (
        "钱立代表：\n您提出的《关于整治城东菜市场秩序的建议》，交由镇城管办办理，答复如下：\n"
        "您提出意见建议后，我们及时进行了调查研究。\n",
        ("建议", None, None, "关于整治城东菜市场秩序的建议"),
    ),
    # 意见 and 建议 parted by another word are two things, not one kind
    "opinion-then-jianyi": (
        "钱立代表：\n您对菜市场的意见及提出的关于整治城东菜市场秩序的建议收悉，现答复如下：\n",
        ("建议", None, None, "关于整治城东菜市场秩序的建议"),
    ),
    # a 提案 whose points are called 批评、建议和意见 in the body stays a 提案
    "tian-with-piping-in-body": (
        "钱立委员：\n您提出的《关于整治城东菜市场秩序的提案》收悉，现答复如下：\n"
        "您在提案中提出的批评、建议和意见，我局高度重视。\n",
        ("提案", None, None, "关于整治城东菜市场秩序的提案"),
    ),
}


def _read(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    p = parse_text(text + _BODY).proposal
    assert p is not None
    return (p.kind, p.number, p.session, p.title)


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS.values(), ids=COMPOUNDS.keys())
def test_compound_kind_is_read_whole(text: str, expected: tuple[str | None, ...]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_COMPOUNDS.values(), ids=NOT_COMPOUNDS.keys())
def test_compound_is_no_kind_where_another_word_names_the_item(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert _read(text) == expected
