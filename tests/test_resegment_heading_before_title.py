"""A page's heading glued straight to the letter's own title in a flattened head (snippets
written here, names and numbers invented).

A web page prints the item's name (often the reply's title itself) or the proposal's title
as its heading, right above the letter's own title. A copy that lost its line breaks glues
the two: ``…第12号建议的答复关于县…第12号建议的答复  王某代表：…``, ``关于加强某某的建议
关于对…的答复``. A whole title's ending right before another title's opening that ends as a
reply does parts them, and the later one is the letter's title (docs/record.md, title row).
Near misses: one title whose words run on (``…提出的关于…``, ``…号建议关于…``), a reply's
title followed by the proposal's (no reply's ending after it), a line that kept its breaks.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.resegment import resegment
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap
from spans import span_problems


def _lines(text: str) -> list[str]:
    view = resegment(unwrap(TextView(normalise_newlines(text))))
    return [line.text for line in view.content_lines]


_REPLY = "关于县五届人大二次会议第12号建议的答复"
_FLAT_REST = (
    " 赵某代表： 您提出的《关于修缮某村便民桥的建议》收悉。现答复如下：一、我局已安排资金8万元。"
    "二、下一步将加强巡查。 某县交通运输局 2024年6月3日"
)

# (id, heading, gap, the letter's own title)
PARTED = [
    ("same-title-glued", _REPLY, "", _REPLY),
    ("same-title-spaced", _REPLY, " ", _REPLY),
    ("proposal-title", "关于修缮某村便民桥的建议", "", "关于对县五届人大二次会议第12号建议的答复"),
    ("proposal-kind-tian", "关于修缮某村便民桥的提案", "", "对县政协五届二次会议第12号提案的答复"),
    (
        "reply-letter",
        "关于县五届人大二次会议第12号建议的答复函",
        "",
        "关于修缮某村便民桥建议的复函",
    ),
]


@pytest.mark.parametrize(
    ("heading", "gap", "title"), [c[1:] for c in PARTED], ids=[c[0] for c in PARTED]
)
def test_heading_and_title_are_lines_of_their_own(heading: str, gap: str, title: str) -> None:
    text = heading + gap + title + _FLAT_REST
    assert _lines(text)[:3] == [heading, title, "赵某代表："]
    record = parse_text(text)
    assert record.title == title
    assert record.salutation == "赵某代表："
    assert span_problems(record) == []


# (id, a head that stays one title in a flattened letter)
WHOLE = [
    ("proposed-guanyu", "关于赵某代表提出的关于修缮某村便民桥的建议的答复"),
    ("kind-without-de", "关于对县人大第12号建议关于修缮某村便民桥的答复"),
    ("guanyu-dui", "关于对县五届人大二次会议第12号建议的答复"),
    ("no-reply-after", "关于县五届人大二次会议第12号建议的答复关于修缮某村便民桥的建议"),
]


@pytest.mark.parametrize("head", [c[1] for c in WHOLE], ids=[c[0] for c in WHOLE])
def test_one_title_stays_whole(head: str) -> None:
    assert _lines(head + _FLAT_REST)[0] == head


def test_lines_kept_stay_as_written() -> None:
    # an intact page: no cut inside a line of its own (the layout reads such lines)
    text = f"{_REPLY}{_REPLY}\n赵某代表：\n您提出的建议收悉。现答复如下：\n某县交通运输局\n2024年6月3日\n"
    assert _lines(text)[0] == _REPLY + _REPLY
