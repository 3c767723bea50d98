"""A salutation's first part, a blank before the next person, that writes a post after a
minority's transliterated name (``吐尔洪依明主任 周某代表：``): the name is longer than a Han
name and opens with no common surname, but it is a person's, as the salutation reads such a
name alone (``米拉古尔 周某委员：``), so the part is a person with a post, read as
``李某主任 周某代表：`` is (decided, left65; lead64 had dropped it as a post whose prefix is
no person's name). An office or a place before the post is still no one. Names invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import addressees_read

LETTER = (
    "关于整修丁乡灌渠的答复\n{s}\n您们提出的关于整修丁乡灌渠的建议收悉。现答复如下：\n"
    "已列入下年度计划。\n丁山县水务局\n2030年6月3日\n"
)


def _read(salutation: str) -> list[tuple[str, str | None]]:
    record = parse_text(LETTER.format(s=salutation), keywords=False)
    return addressees_read(record)


@pytest.mark.parametrize(
    ("salutation", "read"),
    [
        # a Han name with its post: the shape the transliterated one takes
        ("孙某主任 周某代表：", [("孙某主任", "代表"), ("周某", "代表")]),
        # a transliterated name, undotted, five or six characters, or three
        ("吐尔洪依明主任 周某代表：", [("吐尔洪依明主任", "代表"), ("周某", "代表")]),
        ("阿布都克里木站长 周某代表：", [("阿布都克里木站长", "代表"), ("周某", "代表")]),
        ("努尔兰副主任 周某代表：", [("努尔兰副主任", "代表"), ("周某", "代表")]),
        # its parts parted by a middle dot, or by a look-alike the view reads as one
        ("吐尔洪·依明主任 周某代表：", [("吐尔洪·依明主任", "代表"), ("周某", "代表")]),
        ("吐尔洪•依明所长 周某委员：", [("吐尔洪•依明所长", "委员"), ("周某", "委员")]),
        # Tibetan and Mongolian names so written (review65b: the characters tell them)
        ("格桑卓玛站长 周某代表：", [("格桑卓玛站长", "代表"), ("周某", "代表")]),
        ("巴特尔主任 周某代表：", [("巴特尔主任", "代表"), ("周某", "代表")]),
        ("斯琴高娃副主任 周某代表：", [("斯琴高娃副主任", "代表"), ("周某", "代表")]),
        # a company's post after a name, as 主任 after one (small66)
        ("孙某总监 周某代表：", [("孙某总监", "代表"), ("周某", "代表")]),
        ("孙某董事长 周某代表：", [("孙某董事长", "代表"), ("周某", "代表")]),
    ],
)
def test_a_transliterated_name_with_its_post_is_a_person(
    salutation: str, read: list[tuple[str, str | None]]
) -> None:
    assert _read(salutation) == read


@pytest.mark.parametrize(
    "salutation",
    [
        "桐溪乡党委书记 周某代表：",  # (a place's level and a body's word)
        "丁山县医院院长 周某代表：",
        "社区居委会主任 周某代表：",
        "中国移动经理 周某代表：",  # (the state's words open an employer)
        "第一书记 周某代表：",  # (a numeral: the post's own words)
        "执行主任 周某代表：",  # (two characters, no surname: no name's length)
        # a trade or a field of work, three hanzi or more with no surname, no place and no
        # body's ending, but words of Han phrases, no transliteration's (review65b: left65
        # read each as a person with a post)
        "人力资源经理 周某代表：",
        "生产技术主任 周某代表：",
        "信息技术科长 周某代表：",
        # a company's posts (small66: 总监, 董事长 were missing, and read two people)
        "市场营销总监 周某代表：",
        "某某集团董事长 周某代表：",
        "某某公司董事 周某代表：",
        "某某公司监事 周某代表：",
        "某某集团总裁 周某代表：",
        "某某食品厂厂长 周某代表：",
        "某某公司副总经理 周某代表：",
    ],
)
def test_an_office_before_the_post_is_still_no_one(salutation: str) -> None:
    assert _read(salutation) == [("周某", "代表")]
