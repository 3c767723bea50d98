"""A copy that lost its line breaks with nothing in their place glues the salutation's names
to the value of the header label above them: a signer's name (``签发人：张某某李某代表：``)
or a page's cell naming who posted it (``文章来源：某市某局王某代表：``). The value is the
label's (a signer's name of half a run of six characters or four; an authority to its
ending), the names after it, opening with a surname, are the salutation's. Names the
letter lists with its separator, names after no such label, and a run of five (two names
of two and three, either way round) stay as they are read elsewhere."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "对区五届人大三次会议第21号建议的复函"
OPENING = "您提出的《关于增设公交站台的建议》（第21号）收悉，现答复如下："
BODY = "我局已会同公交公司完成选址，年内建成投用。\n某区交通局\n2099年7月2日\n"


def _names(head: str) -> list[tuple[str, str | None]]:
    glued = "".join(line.strip() for line in (TITLE + "\n" + head + OPENING + BODY).split("\n"))
    return [(a.name, a.role) for a in parse_text(glued, keywords=False).addressees]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("类别：A类\n签发人：赵某某\n钱某某代表：\n", [("钱某某", "代表")]),
        ("签发人：赵某某\n钱某某、孙某代表：\n", [("钱某某", "代表"), ("孙某", "代表")]),
        ("签发人：赵某\n钱某代表：\n", [("钱某", "代表")]),
        ("文章来源：某市某区交通局\n钱某某代表：\n", [("钱某某", "代表")]),
        ("发表日期：2099-07-02 信息来源：某区交通局\n钱某委员：\n", [("钱某", "委员")]),
    ],
)
def test_value_glued_before_the_names(head: str, expected: list[tuple[str, str | None]]) -> None:
    assert _names(head) == expected


# Must not match
@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the letter's own separator parts the names: a list, no value glued
        ("签发人：\n赵某某、钱某代表：\n", [("赵某某", "代表"), ("钱某", "代表")]),
        # no label before the names: the run is read as before, not cut here
        ("赵某某钱某某代表：\n", [("赵某某钱某某", "代表")]),
        # five characters glued, two and three or three and two: the resegmenter cuts
        # none, the run is read as before
        ("签发人：龙某\n冯某某委员：\n", [("龙某冯某某", "委员")]),
    ],
)
def test_names_kept(head: str, expected: list[tuple[str, str | None]]) -> None:
    assert _names(head) == expected
