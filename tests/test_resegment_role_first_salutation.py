"""A flattened copy's salutation that writes the role before the names, on the opening's
line or run on after the title (``人大代表王某：您提出的…``, ``…的答复 领衔代表王某，联名代表
李某：您…``): the line breaks around it are put back as for ``王某代表：``, so the salutation
and its addressees are read. The role is a deputy's or member's title (its level or place
kept) or a bare 代表 or 委员 after what part the person took (领衔, 联名); the names open
with a surname and end at the colon. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_OPENING = "您提出的关于加强社区养老的建议收悉，现答复如下：我们已经开展工作。"
_OWN_LINE = "关于加强社区养老建议的答复\n{sal}" + _OPENING + "\n某市民政局\n2024年3月1日\n"
_RUN_ON = "关于加强社区养老建议的答复 {sal}" + _OPENING + "某市民政局 2024年3月1日\n"

# (salutation, [(name, role)])
ROLE_FIRST = [
    pytest.param("人大代表王某某：", [("王某某", "人大代表")], id="deputy"),
    pytest.param("尊敬的市政协委员李某：", [("李某", "市政协委员")], id="opener-level"),
    pytest.param("某某县人大代表赵某：", [("赵某", "某某县人大代表")], id="place"),
    pytest.param("领衔代表王某：", [("王某", "代表")], id="lead"),
    pytest.param("领衔代表 王某：", [("王某", "代表")], id="lead-blank"),
    pytest.param(
        "领衔代表王某，联名代表李某、赵某：",
        [("王某", "代表"), ("李某", "代表"), ("赵某", "代表")],
        id="lead-and-co-signers",
    ),
    pytest.param("人大代表王某等5位代表：", [("王某", "代表")], id="group"),
]


@pytest.mark.parametrize("where", [_OWN_LINE, _RUN_ON], ids=["own-line", "run-on"])
@pytest.mark.parametrize(("sal", "expected"), ROLE_FIRST)
def test_role_first_salutation(where: str, sal: str, expected: list[tuple[str, str]]) -> None:
    letter = parse_text(where.format(sal=sal), keywords=False)
    assert letter.salutation == sal
    assert [(a.name, a.role) for a in letter.addressees] == expected


# Near-misses: a bare 代表 before a name, words after the role that are no names (no
# surname opens them), a body holding the role's words, the role in the opening sentence.
NOT_SALUTATIONS = [
    pytest.param("代表王某：", id="bare-role"),
    pytest.param("委员王某：", id="bare-member"),
    pytest.param("人大代表建议：", id="no-name"),
    pytest.param("人大代表之家：", id="body"),
    pytest.param("某某公司代表王某：", id="company-before"),
]


@pytest.mark.parametrize("where", [_OWN_LINE, _RUN_ON], ids=["own-line", "run-on"])
@pytest.mark.parametrize("sal", NOT_SALUTATIONS)
def test_no_role_first_salutation(where: str, sal: str) -> None:
    letter = parse_text(where.format(sal=sal), keywords=False)
    assert letter.salutation is None
