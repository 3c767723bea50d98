"""An unquoted title read across its own commas (fields/proposal.py, _ASKED_PUNCTUATED)
stops at a clause after a comma that reports where things stand now (…，目前…, …，当前…,
…，下一步…): that is the reply's own voice, never an item's title. A slogan-like title
whose clauses are its own is still read whole. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = """对县政协九届三次会议第77号委员提案的会办意见

某镇人民政府：

{opening}经研究，现将会办意见答复如下：

我委将会同有关部门做好配套道路建设。

某县住房和城乡建设委员会
2099年4月2日
"""


def _title(opening: str) -> str | None:
    record = parse_text(LETTER.format(opening=opening), keywords=False)
    return record.proposal.title if record.proposal else None


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("孙某委员提出的东街路灯维修，目前已全部完成的提案收悉，", id="muqian"),
        pytest.param("孙某委员提出的东街路灯维修，当前进展缓慢的提案收悉，", id="dangqian"),
        pytest.param("孙某委员提出的东街路灯维修，下一步由镇里接手的提案收悉，", id="xiayibu"),
    ],
)
def test_a_clause_saying_where_things_stand_is_no_title(opening: str) -> None:
    title = _title(opening)
    assert title is None or "，" not in title, title


def test_a_title_whose_clauses_are_its_own_is_still_read_whole() -> None:
    title = _title("孙某委员提出的点亮东街，照亮回家路的提案收悉，")
    assert title == "点亮东街，照亮回家路的提案"
