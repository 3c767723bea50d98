"""A branch named by its place alone (``乙区分局``, ``城关派出所``, ``乙镇分院``) on the line
under an authority of its kind (a 分局 under a 局, a 分院 under a 院, a police station or
brigade under a 公安局), or after a wide gap on its line, is that authority's part: the
branch signs by its parent's name and its own (``甲市自然资源和规划局乙区分局``), as one blank
apart. Two whole authorities, a branch under a body of another kind, or a branch that names
its parent itself stay two signers. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于市十五届人大三次会议第66号建议的答复\n周某某代表：\n"
    "    您提出的关于规范某片区建设用地的建议收悉，现答复如下：\n"
    "    我们将加快完善控制性详细规划。感谢您的关心和支持。\n\n"
)


@pytest.mark.parametrize(
    ("names", "signer"),
    [
        pytest.param("甲市自然资源和规划局\n乙区分局", "甲市自然资源和规划局乙区分局", id="under"),
        pytest.param("甲市自然资源和规划局  乙区分局", "甲市自然资源和规划局乙区分局", id="gap"),
        pytest.param("甲市自然资源和规划局\n\n乙区分局", "甲市自然资源和规划局乙区分局",
                     id="blank-line"),
        pytest.param("甲市公安局\n城关派出所", "甲市公安局城关派出所", id="station"),
        pytest.param("甲县人民医院\n乙镇分院", "甲县人民医院乙镇分院", id="hospital-branch"),
        pytest.param("甲市自然资源和规划局 乙区分局", "甲市自然资源和规划局乙区分局",
                     id="one-blank"),
    ],
)  # fmt: skip
def test_the_branch_signs_under_its_parent(names: str, signer: str) -> None:
    for tail, date in (("\n2024年8月2日\n", "2024-08-02"), ("\n", None)):
        record = parse_text(HEAD + names + tail, keywords=False)
        assert (record.signature.issuer, record.signature.date) == (signer, date), tail
        assert span_problems(record) == []


@pytest.mark.parametrize(
    ("names", "signer"),
    [
        # must not match: two whole authorities; a hospital's branch under a bureau (no body
        # of its kind, named by its place); a branch that names its parent itself
        pytest.param("甲市自然资源和规划局\n甲市住房和城乡建设局",
                     "甲市自然资源和规划局、甲市住房和城乡建设局", id="two-authorities"),
        pytest.param("甲县财政局\n乙镇分院", "甲县财政局、乙镇分院", id="not-its-kind"),
        pytest.param("甲市财政局\n甲市公安局乙区分局", "甲市财政局、甲市公安局乙区分局",
                     id="branch-named-in-full"),
    ],
)  # fmt: skip
def test_other_signers_stay_apart(names: str, signer: str) -> None:
    record = parse_text(HEAD + names + "\n2024年8月2日\n", keywords=False)
    assert record.signature.issuer == signer
