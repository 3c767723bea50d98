"""``关于“X”的建议`` gives X as the proposal's title (a quote that runs from 关于 to the kind
word is the title); so does it with the filer's role before the kind word, ``关于“X”的代表建议``,
``关于“X”的委员提案``, as a 会办 unit names the item (fix92: an earlier round read the role as
a word of an unquoted phrase and kept the phrase whole, quotes and all). A quote that is a
term inside a longer phrase stays the phrase's. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "某区人民政府对市九届人大一次会议第0321号代表建议的会办意见\n市某委：\n"
TAIL = "\n一、已安排专项资金。\n"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        pytest.param(
            "孙某代表提出的关于“在某路口设置公交候车亭”的代表建议收悉，现将会办意见函告如下：",
            "在某路口设置公交候车亭",
            id="deputy",
        ),
        pytest.param(
            "孙某委员提出的关于“在某路口设置公交候车亭”的委员提案收悉，现将会办意见函告如下：",
            "在某路口设置公交候车亭",
            id="member",
        ),
        pytest.param(
            "孙某代表提出的关于“在某路口设置公交候车亭”的建议收悉，现将会办意见函告如下：",
            "在某路口设置公交候车亭",
            id="bare-kind",
        ),
        pytest.param(
            "孙某代表提出的关于推广“一站通办”服务的代表建议收悉，现将会办意见函告如下：",
            "关于推广“一站通办”服务的代表建议",
            id="a-term-inside-stays",
        ),
    ],
)
def test_the_quote_to_the_kind_is_the_title(opening: str, title: str) -> None:
    assert parse_text(HEAD + opening + TAIL).proposal.title == title


@pytest.mark.parametrize("role", ["人大代表", "市人大代表", "政协委员", "区政协委员"])
def test_the_role_with_its_body_and_level_before_the_kind(role: str) -> None:
    # (review60g: the role as roles.txt writes it, its body and level too)
    kind = "建议" if role.endswith("代表") else "提案"
    opening = f"孙某提出的关于“在某路口设置公交候车亭”的{role}{kind}收悉，现将会办意见函告如下："
    assert parse_text(HEAD + opening + TAIL).proposal.title == "在某路口设置公交候车亭"


# Decided (left61b): two quoted parts or more, joined, between 关于 and the kind word
# (`关于“X”和“Y”的代表建议`) are terms of the phrase, no one quoted title: the phrase whole,
# its quotes and the filer's role in it, as a term inside a longer phrase is read (above).
# The record's title is a slice of the letter (blanks out): `X和Y`, or the phrase with its
# inner quotes or its role taken out, is none.
@pytest.mark.parametrize(
    ("joined", "role"),
    [
        pytest.param("“增设公交候车亭”和“延长末班车时间”", "代表", id="and-deputy"),
        pytest.param("“增设公交候车亭”与“延长末班车时间”", "", id="with-bare-kind"),
        pytest.param("“增设公交候车亭”、“延长末班车时间”", "代表", id="enumeration-comma"),
        pytest.param("“增设候车亭”、“延长末班车”及“加密班次”", "人大代表", id="three-parts"),
    ],
)
def test_two_quoted_parts_keep_the_phrase_whole(joined: str, role: str) -> None:
    opening = f"孙某代表提出的关于{joined}的{role}建议收悉，现将会办意见函告如下："
    record = parse_text(HEAD + opening + TAIL)
    assert record.proposal.title == f"关于{joined}的{role}建议"
