"""The item's number in brackets of its own right after the session's 会议 and before the
kind word, a delegation's one-character prefix before its digits or not
(``…会议（岚7号）建议``, ``…会议(15号)代表建议``), as ``…会议岚7号建议`` is read bare: an
earlier round read no number there. A year alone in those brackets is none. Snippets
written for these tests; places, names and numbers invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

_REST = "\n\n岚山县人民政府：\n\n丁晓岩代表提出的《关于修缮西河堤坝的建议》收悉。现将我局意见函复如下：\n\n我局将积极配合。\n"

READ = [
    pytest.param("关于市人大六届三次会议（岚7号）建议的会办意见", "岚7", id="prefix-full-width"),
    pytest.param("关于市人大六届三次会议(岚7号)建议的会办意见", "岚7", id="prefix-ascii"),
    pytest.param("关于市人大六届三次会议（岚7）建议的会办意见", "岚7", id="hao-lost"),
    pytest.param("关于市人大六届三次会议（岚7号）代表建议的答复", "岚7", id="whose-after"),
    pytest.param("关于市人大六届三次会议(15号)建议的答复", "15", id="digits-alone"),
    pytest.param("关于市人大六届三次会议（第15号）建议的答复", "15", id="di-as-before"),
    pytest.param("关于市人大六届三次会议岚7号建议的答复", "岚7", id="bare-as-before"),
    # decided (left56a): figures alone in those brackets, no 号, no count word, are the
    # item's number whose 号 was lost, as （岚7） and the bare 会议15建议 are read
    pytest.param("关于市人大六届三次会议（15）建议的答复", "15", id="digits-alone-hao-lost"),
    pytest.param("关于市人大六届三次会议(15)代表建议的答复", "15", id="digits-alone-whose-after"),
]

NONE = [
    pytest.param("关于市人大六届三次会议（2023）建议的答复", id="year-alone"),
    pytest.param("关于市人大六届三次会议（岚7号）的答复", id="no-kind-word-after"),
    pytest.param("关于市人大六届三次会议（岚7号", id="bracket-left-open"),
]

# A listing page's count of the items under the session, copied with the title: (共6),
# （计6）, its unit lost or not — how many items the list holds, no item's number (a
# delegation's prefix is no count word); the session is still read, and a number written
# after the count is the item's.
COUNTED = [
    pytest.param("关于市人大六届三次会议（共6）建议的答复", None, id="gong"),
    pytest.param("关于市人大六届三次会议(共6)建议的答复", None, id="gong-ascii"),
    pytest.param("关于市人大六届三次会议（计6）建议的答复", None, id="ji"),
    pytest.param("关于市人大六届三次会议（共6号）建议的答复", None, id="gong-hao"),
    pytest.param("关于市人大六届三次会议（共6）第21号建议的答复", "21", id="number-after"),
    # (a count's unit after the figures says the same: left56a)
    pytest.param("关于市人大六届三次会议（6件）建议的答复", None, id="unit-jian"),
    pytest.param("关于市人大六届三次会议（共6件）建议的答复", None, id="gong-unit"),
    pytest.param("关于市人大六届三次会议（6条）建议的答复", None, id="unit-tiao"),
]


@pytest.mark.parametrize(("title", "number"), READ + COUNTED)
def test_bracketed_number_after_the_session_is_read(title: str, number: str | None) -> None:
    proposal = parse_text(title + _REST).proposal
    assert proposal is not None
    assert (proposal.number, proposal.session, proposal.kind) == (
        number,
        "市人大六届三次会议",
        "建议",
    )


@pytest.mark.parametrize("title", NONE)
def test_other_brackets_after_the_session_give_no_number(title: str) -> None:
    proposal = parse_text(title + _REST).proposal
    assert proposal is not None
    assert proposal.number is None


def test_the_title_keeps_the_note_as_written() -> None:
    title = "关于市人大六届三次会议(岚7号)建议的会办意见"
    assert parse_text(title + _REST).title == title
