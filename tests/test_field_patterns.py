"""Patterns and scans of the fields rewritten to cost less find what the plain ones find:
each plain form is kept here and the two compared over every gold letter, invented lines
and random text over the characters that matter."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters
from replyparse.fields import proposal

_LETTERS = [g.text() for g in all_letters()]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m is not None else None


# -- proposal: a kind word of the body that names the item ------------------------------

_PLAIN_ITEM_WORD = re.compile(
    r"(?:该|此|本|这个|这项|这件|上述|接到|收到|你们的|您们的|你的|您的)(?P<a>议案|提案|建议)"
    r"(?![委人])|(?<![和、及与])(?P<b>议案|提案|建议)(?=后|收悉|已收悉|办理情况|的办理情况)"
)
"""The pattern as first written: the pointing word first, the kind word after it."""

_ITEM_LINES = [
    "该提案涉及的问题",
    "接到提案后，我局",
    "现将提案办理情况报告如下",
    "建议案办理情况",  # 建议 names nothing, 议案 does
    "该建议案后",
    "你们的提案委员会",
    "您们的建议收悉",
    "和提案办理情况",
    "建议和提案的办理情况",
    "上述议案后上述议案后",
    "提案已收悉",
    "您的提案人",
    "这项建议",
    "您们的建议很好",
    "你们的议案",
    "此议案人",
]


def _item_words(pattern: re.Pattern[str], text: str) -> list[tuple[str, int]]:
    out = []
    for m in pattern.finditer(text):
        group = next(g for g in ("kind", "a", "b") if g in m.re.groupindex and m.group(g))
        out.append((m.group(group), m.start(group)))
    return out


def test_item_words_are_the_plain_patterns() -> None:
    found = 0
    for text in _LETTERS + _ITEM_LINES:
        plain = _item_words(_PLAIN_ITEM_WORD, text)
        assert _item_words(proposal._ITEM_WORD, text) == plain, text[:40]
        found += len(plain)
    assert found > 30  # not vacuous


_ITEM_PIECES = [
    *"该此本这个项件上述接到收你您们的议案提建和、及与后悉已办理情况委人",
    *("这个", "这项", "这件", "上述", "接到", "收到", "你们的", "您们的", "你的", "您的"),
    *("议案", "提案", "建议", "收悉", "已收悉", "办理情况", "的办理情况"),
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_ITEM_PIECES), max_size=10).map("".join))
def test_any_text_gives_the_plain_item_words(text: str) -> None:
    assert _item_words(proposal._ITEM_WORD, text) == _item_words(_PLAIN_ITEM_WORD, text)


# -- proposal: a session names 会 or 届 ------------------------------------------------------

_SESSION_PIECES = [
    *"会议届次全体第号人大政协委员代表一二三十0123市县区的在对关于",
    *("人民代表大会", "代表大会", "党代会", "委员会", "会议", "次会议"),
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SESSION_PIECES), max_size=12).map("".join))
def test_any_text_gives_the_plain_session(text: str) -> None:
    assert _span(proposal._session_search(text)) == _span(proposal._SESSION.search(text))


def test_sessions_of_the_letters_are_found_through_the_gate() -> None:
    found = 0
    for text in _LETTERS:
        for line in text.splitlines():
            plain = _span(proposal._SESSION.search(line))
            assert _span(proposal._session_search(line)) == plain, line
            found += plain is not None
    assert found > 20  # not vacuous
