"""A joint reply's seal notes side by side on one line under its authorities
(``某局      某局`` over ``（盖章）      （盖章）``): a seal line of the closing, not the end
of the body."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import _seals_side_by_side
from replyparse.textview import TextView

HEAD = (
    "某县卫生健康局关于县人大十八届三次会议第9号建议的答复\n\n吴某代表：\n"
    "　　您提出的建议收悉。现答复如下：\n　　我局将加大力度。\n"
    "　　感谢您对卫生健康工作的关心和支持。\n\n"
)

# (closing, signature issuer)
JOINT_SEALS = [
    pytest.param(
        "某县卫生健康局　　某县财政局\n（盖章）　　　　　（盖章）\n2024年5月10日",
        "某县卫生健康局、某县财政局",
        id="two-seals-full-width",
    ),
    pytest.param(
        "某县卫生健康局    某县财政局\n(盖章)          (盖章)\n2024年5月10日",
        "某县卫生健康局、某县财政局",
        id="two-seals-half-width",
    ),
    pytest.param(
        "某县卫生健康局　　某县财政局　　某县医疗保障局\n（公章）　　　（公章）　　　（公章）\n"
        "二〇二四年五月十日",
        "某县卫生健康局、某县财政局、某县医疗保障局",
        id="three-seals-chinese-date",
    ),
    pytest.param(
        "某县卫生健康局　　某县财政局\n（单位盖章）　　（单位盖章）\n2024年5月10日",
        "某县卫生健康局、某县财政局",
        id="unit-seal-words",
    ),
]


@pytest.mark.parametrize(("closing", "issuer"), JOINT_SEALS)
def test_joint_seals_side_by_side(closing: str, issuer: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.signature.issuer == issuer
    assert record.signature.date is not None


# Lines with a gap that are not seal notes only.
NOT_SEALS = [
    pytest.param("（盖章）　　　某县财政局", id="seal-then-authority"),
    pytest.param("盖章　　后报送县政府", id="words-after-a-gap"),
    pytest.param("（盖章）", id="one-seal-is-the-plain-rule"),
    pytest.param("联系人：王某　　（盖章）", id="label-then-seal"),
]


@pytest.mark.parametrize("text", NOT_SEALS)
def test_not_seals_side_by_side(text: str) -> None:
    view = TextView(text)
    assert not _seals_side_by_side(view, view.content_lines[0])
