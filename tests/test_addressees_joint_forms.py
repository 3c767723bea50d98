"""Joint proposals' salutations as letters write them: the lead proposer with how many
joined (王某领衔的11位代表：, 王某代表等11人：), the role first and 等 after the name (市人大
代表王某等：), a note beside one name of a group (王某、李某（女）等代表：). The lead or the
named people only, as for 王某等13位代表. Snippets written for these tests; names and
units invented."""

from __future__ import annotations

import pytest

from test_addressees_note_before_role import read_salutation

_OPENING = "你们提出的关于整治河道垃圾的建议收悉，现答复如下：\n我局已组织清理。\n"

# (salutation line, [(name, role), …])
READ = {
    "lead-then-count": ("张某领衔的11位代表：", [("张某", "代表")]),
    "lead-no-de-count": ("张某华牵头5名委员：", [("张某华", "委员")]),
    "role-then-deng-count-ren": ("张某代表等11人：", [("张某", "代表")]),
    "role-then-deng-count-wei": ("张某华委员等5位：", [("张某华", "委员")]),
    "role-first-then-deng": ("市人大代表张某华等：", [("张某华", "市人大代表")]),
    "role-first-then-deng-count": ("市人大代表张某华等3人：", [("张某华", "市人大代表")]),
    "note-beside-name-before-deng": (
        "张某华、李某（女）等代表：",
        [("张某华", "代表"), ("李某", "代表")],
    ),
}

# Near misses: read as before
NOT_READ = {
    "body-holding-role-words": ("某镇人大代表之家：", [("某镇人大代表之家", None)]),
    "count-of-units": ("张某代表等11个单位：", [("张某代表等11个单位", None)]),
    "role-first-no-deng": ("市人大代表张某华：", [("张某华", "市人大代表")]),
    "collective": ("各位代表：", []),
}


@pytest.mark.parametrize(("salutation", "expected"), READ.values(), ids=READ.keys())
def test_joint_form_names_the_lead(salutation: str, expected: list[tuple[str, str | None]]) -> None:
    assert read_salutation(salutation, _OPENING) == (salutation, expected)


@pytest.mark.parametrize(("salutation", "expected"), NOT_READ.values(), ids=NOT_READ.keys())
def test_near_miss_read_as_before(salutation: str, expected: list[tuple[str, str | None]]) -> None:
    assert read_salutation(salutation, _OPENING) == (salutation, expected)
