"""A page that stores a letter twice, a hijacked mirror's spam injected into one copy's
line (an advert in Latin, a gambling plug, a stray character or two) and not the other's:
the two copies are the same letter all the same, so its contacts, 抄送 bodies and dates
are read once (an earlier round compared the lines whole, and the spam parted them). A
line that differs by more than an injection, or a short line, still parts them. Snippets
in our own words, names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_COPY = [
    "关于县九届人大二次会议第31号建议的答复",
    "王某代表：",
    "你提出的关于修缮某村石拱桥的建议收悉，现答复如下：",
    "一、我局已将该桥列入明年计划，所需资金已经落实到位。",
    "二、我局将加强日常巡查，及时排除安全隐患，确保群众出行安全。",
    "溪口县交通运输局",
    "2031年4月9日",
    "联系人：周某  联系电话：0000-5550147",
    "抄送：县人大代表工委，县政府办",
]
_SPAM = ["彩虹娱乐官网注册", " click here www.example.invalid best online slots ", "吧"]


def _spammed(line: str, spam: str) -> str:
    middle = len(line) // 2
    return line[:middle] + spam + line[middle:]


def _read(first: list[str], second: list[str]) -> tuple[object, ...]:
    letter = parse_text("\n".join([*first, *second]) + "\n", keywords=False)
    assert span_problems(letter) == []
    return (
        [(c.name, c.phone) for c in letter.contacts],
        letter.cc,
        [d.value for d in letter.dates],
    )


ONCE = ([("周某", "0000-5550147")], ["县人大代表工委", "县政府办"], ["2031-04-09"])


@pytest.mark.parametrize("spam", _SPAM, ids=["gambling", "latin-advert", "stray-character"])
@pytest.mark.parametrize("line", [2, 3, 4], ids=["opening", "first-item", "second-item"])
@pytest.mark.parametrize("copy", ["first", "second"])
def test_spam_in_one_copy_leaves_it_the_copy(spam: str, line: int, copy: str) -> None:
    damaged = [*_COPY[:line], _spammed(_COPY[line], spam), *_COPY[line + 1 :]]
    first, second = (damaged, _COPY) if copy == "first" else (_COPY, damaged)
    assert _read(first, second) == ONCE


def test_a_line_in_other_words_still_parts_the_copies() -> None:
    # (the second copy's second item says more than an injection: its own contact is read)
    second = [
        *_COPY[:4],
        "二、我局将会同某镇政府另行研究改建方案，视财力情况分步实施并及时向你反馈。",
        "溪口县交通运输局",
        "2031年4月9日",
        "联系人：吴某  联系电话：0000-5550148",
    ]
    contacts, *_ = _read(_COPY, second)
    assert ("吴某", "0000-5550148") in contacts  # type: ignore[operator]


def test_a_joint_replys_second_part_is_no_copy() -> None:
    # (one letter answering two proposals: the second part's opening and items repeat the
    # first's words with more of their own inside or after them, no spam: its contact and
    # date are the letter's, none of its lines a second copy's)
    first = [
        "王某代表：",
        "你提出的关于修缮某村石拱桥的建议收悉，现答复如下：",
        "一、我局已将该桥列入明年计划，所需资金已经落实到位。",
        "二、我局将加强日常巡查，及时排除安全隐患，确保群众出行安全。",
    ]
    second = [
        "李某代表：",
        "你提出的关于修缮某村石拱桥引道及护栏的建议收悉，现答复如下：",
        "一、我局已将该桥列入明年计划，所需资金已经落实到位，2031年5月6日开工。",
        "二、我局将加强日常巡查，及时排除安全隐患，确保群众出行安全，联系人：吴某。",
        "溪口县交通运输局",
        "2031年4月9日",
    ]
    letter = parse_text("\n".join([_COPY[0], *first, *second]) + "\n", keywords=False)
    assert span_problems(letter) == []
    assert [d.value for d in letter.dates] == ["2031-05-06", "2031-04-09"]
