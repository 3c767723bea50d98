"""A cited title whose 》 a copy lost (``由某局起草的《某市关于加强某某工作的实施意见完成修改…。``):
where the cited document's kind word (意见, 通知, 办法, 方案, 规定, 条例…) has a verb of what
was done with it right after it (完成, 已, 正在, 印发, 出台…), no clause's mark before it, the
title ends there, two titles run together before it read as one as written (an earlier round
read none, dev170/011). With no such word and verb the 《 opens no title, as before; the
item's receipt (``《关于…的意见已收悉``) ends none. Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

OPENING = "吴某代表：\n您提出的关于增设停车场的建议收悉，现答复如下：\n"
TAIL = "\n感谢您对我们工作的关心和支持。\n辛县住建局\n2099年5月6日\n"


def _titles(body: str) -> list[str]:
    record = parse_text(OPENING + body + TAIL, keywords=False)
    for ref in record.references:
        assert record.text[ref.span[0] : ref.span[1]] == ref.text
    return [r.text for r in record.references if r.kind == "title"]


READ = [
    pytest.param(
        "县交通局拟定的《辛县关于规范路边泊位收费的实施意见完成公开征求工作，已送县政府。",
        "辛县关于规范路边泊位收费的实施意见",
        id="done",
    ),
    pytest.param(
        "县交通局拟定的《辛县关于规范路边泊位收费的实施意见关于整治占道停放的通知正在修改。",
        "辛县关于规范路边泊位收费的实施意见关于整治占道停放的通知",
        id="two-run-together",
    ),
    pytest.param("《辛县停车场管理办法已印发实施。", "辛县停车场管理办法", id="issued"),
]


@pytest.mark.parametrize(("body", "want"), READ)
def test_unclosed_title_ends_at_its_kind_word_before_a_verb(body: str, want: str) -> None:
    assert _titles(body) == [want]


NONE = [
    pytest.param("根据《辛县停车场管理方案，我局已完成调查。", id="comma-before"),
    pytest.param("您提出的《关于增设停车场的意见已收悉。", id="received"),
    pytest.param("县里正在起草《辛县停车场管理的相关规定。", id="no-verb-after"),
]


@pytest.mark.parametrize("body", NONE)
def test_unclosed_title_without_such_an_end_gives_none(body: str) -> None:
    assert _titles(body) == []


def test_closed_title_unchanged() -> None:
    assert _titles("《辛县停车场管理办法》已印发实施。") == ["辛县停车场管理办法"]
