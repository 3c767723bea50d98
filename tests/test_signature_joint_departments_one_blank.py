"""A joint reply's departments one blank apart on the signers' line, each a whole department
(its name ends as one does: 部, 委, 局, 厅, 办, 院, 会, 中心, 政府), are its signers, as a joint
document writes its authorities (``甲部 乙委``; ``甲县财政局 教育局``, the second written short
under the first's level), read alike over the date, beside it, and with a class mark or a
publication note on a line between. A name a blank parts, the person who signed after the
authority, a unit's own section and a body's organ stay one name. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "关于修缮某村便民桥的建议的答复\n赵某代表：\n　　您提出的建议收悉，现答复如下：\n　　我们已列入计划。\n"
DATE = "2024年3月18日"


def _read(closing: str) -> tuple[str | None, str | None]:
    letter = parse_text(HEAD + closing + "\n", keywords=False)
    assert span_problems(letter) == []
    return letter.signature.issuer, letter.signature.date


def _both(names: str) -> list[tuple[str | None, str | None]]:
    """The signature read with the date under the names and beside them."""
    return [_read(names + "\n" + DATE), _read(names + " " + DATE)]


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        pytest.param("水土保持部 乡村振兴委", "水土保持部、乡村振兴委", id="two-bare-departments"),
        pytest.param("甲部 乙部 丙委", None, id="too-short-placeholders"),
        pytest.param("农业发展部 林草资源部 水利建设部", "农业发展部、林草资源部、水利建设部",
                     id="three-bare-departments"),
        pytest.param("市住房局 市交通局", "市住房局、市交通局", id="same-level-pair"),
        pytest.param("甲县农业局 林业局", "甲县农业局、林业局", id="second-short-under-county"),
        pytest.param("丙市文旅局 体育局 卫健委", "丙市文旅局、体育局、卫健委", id="two-short-under-city"),
        pytest.param("丁省水利厅 农业厅", "丁省水利厅、农业厅", id="second-short-department"),
        pytest.param("戊县科技局 科协会", "戊县科技局、科协会", id="council"),
    ],
)  # fmt: skip
def test_departments_one_blank_apart(names: str, issuer: str | None) -> None:
    if issuer is None:  # (two-character placeholders are no departments so read)
        issuer = names.replace(" ", "")
    assert _both(names) == [(issuer, "2024-03-18")] * 2


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        # a stray blank inside one name
        pytest.param("某县 交通局", "某县交通局", id="place-apart"),
        pytest.param("某县交 通局", "某县交通局", id="blank-mid-word"),
        pytest.param("某县人民政府 办公室", "某县人民政府办公室", id="office-ending"),
        # the person who signed for the authority
        pytest.param("某县交通局 钱某某", "某县交通局", id="person-after"),
        # a unit's own section, branch or centre
        pytest.param("某县交通局 规划科", "某县交通局规划科", id="section"),
        pytest.param("某县人民政府 督查室", "某县人民政府督查室", id="government-section"),
        pytest.param("某市公安局 丙区分局", "某市公安局丙区分局", id="branch"),
        pytest.param("某县财政局 票据中心", "某县财政局票据中心", id="own-centre"),
        # a body's organ named after it
        pytest.param("某县人民政府 法制办", "某县人民政府法制办", id="government-organ"),
        pytest.param("中共某县委 统战部", "中共某县委统战部", id="committee-department"),
        pytest.param("某市政协 文史委", "某市政协文史委", id="conference-committee"),
    ],
)  # fmt: skip
def test_one_name_a_blank_parts(names: str, issuer: str) -> None:
    assert _both(names) == [(issuer, "2024-03-18")] * 2


@pytest.mark.parametrize(
    "mark",
    [
        pytest.param("A类", id="class"),
        pytest.param("（B类）", id="class-bracketed"),
        pytest.param("公开", id="public"),
        pytest.param("此件公开发布", id="public-note"),
    ],
)
@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        pytest.param("甲县财政局 乙县教育局", "甲县财政局、乙县教育局", id="places"),
        pytest.param("甲县财政局 教育局", "甲县财政局、教育局", id="second-short"),
        pytest.param("水土保持部 乡村振兴委", "水土保持部、乡村振兴委", id="bare"),
        pytest.param("某县交通局 规划科", "某县交通局规划科", id="section-stays-one"),
    ],
)  # fmt: skip
def test_mark_on_a_line_between_names_and_date(mark: str, names: str, issuer: str) -> None:
    assert _read(names + "\n" + mark + "\n" + DATE) == (issuer, "2024-03-18")
