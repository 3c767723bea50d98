"""A deputy's employer written before the name on the salutation's line, a blank between
(``丙电集团 周某代表：``, a company's short name with no office's ending): no person, so it
takes no role from the person after it; read as a body before a person is (role null), the
person with the role. An earlier round read the employer as a second deputy. Names invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import addressees_read

LETTER = (
    "关于改造丙镇老旧线路的答复\n{s}\n您提出的关于改造丙镇老旧线路的建议收悉。现答复如下：\n"
    "已列入年度计划。\n丙山县发展和改革局\n2030年4月2日\n"
)


def _read(salutation: str) -> list[tuple[str, str | None]]:
    record = parse_text(LETTER.format(s=salutation), keywords=False)
    return addressees_read(record)


@pytest.mark.parametrize(
    ("salutation", "read"),
    [
        ("国家电网 周某代表：", [("国家电网", None), ("周某", "代表")]),
        ("中国移动 周某代表：", [("中国移动", None), ("周某", "代表")]),
        ("丙山供电公司 周某代表：", [("丙山供电公司", None), ("周某", "代表")]),  # (as before)
        # people stay people: a surname opens each, a compound one too
        ("李某 周某代表：", [("李某", "代表"), ("周某", "代表")]),
        ("欧阳某某 周某代表：", [("欧阳某某", "代表"), ("周某", "代表")]),
        ("周某代表：", [("周某", "代表")]),
        # a minority's transliterated name, no surname of the list, in a list or a blank
        # apart: a person (dev100-style lists)
        ("米拉古尔，周某委员：", [("米拉古尔", "委员"), ("周某", "委员")]),
        ("米拉古尔 周某委员：", [("米拉古尔", "委员"), ("周某", "委员")]),
        ("国家电网，周某代表：", [("国家电网", "代表"), ("周某", "代表")]),  # (a list: as before)
        # the person's post before the name is no one of its own (lead64)
        ("丙山市政协副主席 周某委员：", [("周某", "委员")]),
        ("丙山县人大常委会副主任 周某代表：", [("周某", "代表")]),
        ("中共党员 周某代表：", [("周某", "代表")]),
        ("王家营镇党委书记 周某代表：", [("周某", "代表")]),  # (longer than a name)
        ("丙山县第一中学 周某代表：", [("丙山县第一中学", None), ("周某", "代表")]),  # a body
        # a person with a post, a courtesy after a name: people, as before
        ("李某主任 周某代表：", [("李某主任", "代表"), ("周某", "代表")]),
        ("李某同志 周某代表：", [("李某", "同志"), ("周某", "代表")]),
        # a name whose last character is a place's level is a person's (review64c)
        ("李红旗主任 周某代表：", [("李红旗主任", "代表"), ("周某", "代表")]),
        ("张建州站长 周某代表：", [("张建州站长", "代表"), ("周某", "代表")]),
        ("丙州市政协主席 周某委员：", [("周某", "委员")]),  # (the place with more after it)
    ],
)
def test_employer_before_the_name(salutation: str, read: list[tuple[str, str | None]]) -> None:
    assert _read(salutation) == read
