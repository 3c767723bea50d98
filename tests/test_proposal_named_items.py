"""How a reply names the item it answers, in ways the older tables did not hold:
several numbers each with its own 第…号, a number note in the
brackets after the quoted title that names the session first, a number note alone after
the title's 文种 ending, and a 主办/会办 note glued to or under the title. Snippets in our
own words; names, numbers and offices invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TAIL = "我局高度重视，已着手办理。\n某县某某局\n2024年5月10日\n"


def _letter(title: str, salutation: str, opening: str) -> str:
    return f"{title}\n{salutation}\n{opening}\n{_TAIL}"


# Several items answered at once, each number with its own 第…号: every number, not the
# last alone, recorded as one 第…号 over them writes them (第13、53号 → 13、53).
_SEVERAL = {
    "two-with-dun": (
        "关于政协第十四届二次会议第5号、第17号提案的答复",
        "你们提出的《关于加快智慧停车建设的提案》收悉。现合并答复如下：",
        "5、17",
    ),
    "three-with-dun": (
        "关于县十七届人大二次会议第7号、第19号、第33号建议的答复",
        "你们提出的关于加强河道治理的建议收悉，现合并答复如下：",
        "7、19、33",
    ),
    "two-with-he": (
        "关于第5号和第17号提案的答复",
        "您提出的两件提案收悉，现合并答复如下：",
        "5和17",
    ),
    "two-with-comma-half-width": (
        "关于市人大十六届二次会议第12号,第40号建议的答复",
        "您提出的建议收悉,现答复如下:",
        "12，40",  # (the comma in full width, as every number is read: NFKC alike)
    ),
    "after-the-kind-word": (
        "关于县人大十八届二次会议建议第3号、第8号的答复",
        "您提出的建议收悉，现答复如下：",
        "3、8",
    ),
    "one-di-two-numbers-unchanged": (
        "关于市政协十三届二次会议第0123、0145号提案的答复",
        "你们提出的关于加强非遗保护的提案收悉。现答复如下：",
        "0123、0145",
    ),
    "one-number-unchanged": (
        "关于市政协十三届二次会议第0123号提案的答复",
        "您提出的《关于加强校园周边交通安全管理的提案》收悉。现答复如下：",
        "0123",
    ),
}


@pytest.mark.parametrize(("title", "opening", "number"), _SEVERAL.values(), ids=_SEVERAL.keys())
def test_several_numbers_are_kept_whole(title: str, opening: str, number: str) -> None:
    text = _letter(title, "某某委员：", opening)
    record = parse_text(text)
    assert record.proposal is not None
    assert record.proposal.number == number
    assert record.proposal.number_span is not None
    start, end = record.proposal.number_span
    assert text[start - 1] == "第" and text[end] == "号"  # from the first number to the last
    assert span_problems(record) == []


# The number in the brackets after the quoted title, the session named before it.
_NOTE_SESSION = {
    "session-and-number": (
        "你提出的《关于推进城乡公交一体化的建议》（十四届二次会议第88号）收悉。现答复如下：",
        "88",
    ),
    "body-session-and-number-half-width": (
        '您提出的"关于规范校外培训的建议"(县十八届人大三次会议第102号)收悉,现答复如下:',
        "102",
    ),
    "arabic-session": (
        "您提出的《关于增设公共厕所的建议》（14届人大2次会议第301号）收悉，现答复如下：",
        "301",
    ),
    "plain-number-unchanged": (
        "您提出的《关于加快5G基站建设的建议》（第208号）收悉，现答复如下：",
        "208",
    ),
}


@pytest.mark.parametrize(("opening", "number"), _NOTE_SESSION.values(), ids=_NOTE_SESSION.keys())
def test_a_number_note_naming_the_session_gives_the_number(opening: str, number: str) -> None:
    record = parse_text(_letter("关于对代表建议的答复", "某某代表：", opening))
    assert record.proposal is not None
    assert record.proposal.number == number


# A number note alone after the title's ending (on the title's line or under it): the
# item's number, no part of the title. A 主办/会办 note likewise is none of the title.
_TITLE_NOTES = {
    "number-glued": (
        "关于对《关于支持民营企业发展的建议》的答复（第58号）",
        "关于对《关于支持民营企业发展的建议》的答复",
        "58",
    ),
    "number-under": (
        "关于对《关于支持民营企业发展的建议》的答复\n（第58号）",
        "关于对《关于支持民营企业发展的建议》的答复",
        "58",
    ),
    "number-half-width": (
        "关于《加强农村饮水安全保障的建议》的复函(第217号)",
        "关于《加强农村饮水安全保障的建议》的复函",
        "217",
    ),
    "zhuban-under": (
        "关于对县政协十一届二次会议第36号提案的答复\n（主办）",
        "关于对县政协十一届二次会议第36号提案的答复",
        "36",
    ),
    "huiban-glued": (
        "关于县政协十一届二次会议第36号提案的答复(会办单位)",
        "关于县政协十一届二次会议第36号提案的答复",
        "36",
    ),
    "huiban-opinion-under": (
        "关于市人大十七届三次会议第0256号建议的答复\n（会办意见）",
        "关于市人大十七届三次会议第0256号建议的答复",
        "0256",
    ),
    "zhuban-item": (
        "关于县政协十一届二次会议第36号提案的答复（主办件）",
        "关于县政协十一届二次会议第36号提案的答复",
        "36",
    ),
}


@pytest.mark.parametrize(
    ("title", "kept", "number"), _TITLE_NOTES.values(), ids=_TITLE_NOTES.keys()
)
def test_notes_after_the_title_feed_the_number_not_the_title(
    title: str, kept: str, number: str
) -> None:
    record = parse_text(_letter(title, "某某代表：", "您提出的建议收悉，现答复如下："))
    assert record.title == kept
    assert record.proposal is not None
    assert record.proposal.number == number


# The item's number after a colon ending the title, right after the reply's 文种 ending
# (dev121/012: a title naming its session and no number before its ending): the item's, as in
# brackets there; the title keeps it (no note the title drops), the colon as written.
_COLON_NUMBERS = {
    "full-width": ("某县九届人大三次会议代表建议的答复：第4号", "4"),
    "half-width": ("某县九届人大三次会议代表建议的答复:第12号", "12"),
    "with-its-year": ("某市政协提案的复函：2023年第57号", "57"),
}


@pytest.mark.parametrize(("title", "number"), _COLON_NUMBERS.values(), ids=_COLON_NUMBERS.keys())
def test_a_number_after_a_colon_ending_the_title_is_the_items(title: str, number: str) -> None:
    record = parse_text(
        _letter(title, "某某代表：", "您提出的关于修缮村道的建议收悉，现答复如下：")
    )
    assert record.title == title
    assert record.proposal is not None
    assert record.proposal.number == number


# No number so: words after the number (a cited document's, a sentence), or a figure
# the colon gives that no 第…号 writes.
_NOT_COLON_NUMBERS = {
    "words-after": "某县代表建议的答复：第4号文件精神",
    "no-di-hao": "某县代表建议的答复：4",
}


@pytest.mark.parametrize("title", _NOT_COLON_NUMBERS.values(), ids=_NOT_COLON_NUMBERS.keys())
def test_no_number_after_such_a_colon_otherwise(title: str) -> None:
    record = parse_text(
        _letter(title, "某某代表：", "您提出的关于修缮村道的建议收悉，现答复如下：")
    )
    assert record.proposal is None or record.proposal.number is None


# Near-misses: brackets after the ending that are no such note stay in the title, and
# what is no number after the ending gives none; a number list that runs into a date or
# a decree is not read on.
_NOT_NOTES = {
    "second-time": "关于某某问题的答复（第二次）",
    "batch": "关于某某问题的答复（第三批）",
    "no-ending": "关于加强管理的建议（第58号）",
    "host-as-word": "关于主办单位调整的答复（主办单位调整）",
}


@pytest.mark.parametrize("title", _NOT_NOTES.values(), ids=_NOT_NOTES.keys())
def test_other_brackets_stay_in_the_title(title: str) -> None:
    record = parse_text(_letter(title, "某某代表：", "您提出的建议收悉，现答复如下："))
    assert record.title == title


_NOT_SEVERAL = {
    "list-then-date": ("您提出的第12号、2024年度建议收悉", None),
    "list-then-decree": ("根据第5号、第9号令", None),
    "year-in-note": ("您提出的《关于某某的建议》（2019）收悉", None),
    "session-note-no-number": ("您提出的《关于某某的建议》（十四届二次会议）收悉", None),
}


@pytest.mark.parametrize(("text", "number"), _NOT_SEVERAL.values(), ids=_NOT_SEVERAL.keys())
def test_near_misses_give_no_list(text: str, number: str | None) -> None:
    record = parse_text(_letter("答复函", "某某代表：", text))
    got = record.proposal.number if record.proposal is not None else None
    assert got == number
