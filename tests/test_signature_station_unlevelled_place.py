"""A police station on the line under an authority, after a gap on its line or one blank
after it, is that authority's part only under a police authority, whatever its name says
before 派出所: a place with no level's character (``龙泉派出所``, ``城关派出所``) or a forest
police station's (``某某森林派出所``). Under a bureau of another kind it signs of its own, a
joint reply's second signer (an earlier round read ``甲县林业局龙泉森林派出所`` as one name,
the place before 派出所 not being read as one, and any station one blank after any body).
So is a brigade, 支队 大队 中队, under a body that runs none, a government (``某县人民政府`` /
``交通管理支队``, ``乙区人民政府`` / ``丙集交警大队``: the traffic police are a police
authority's; an earlier round read one name where the brigade named no place with a level's
character), a government of a county or above: a town's or a street's own squad
(``甲镇人民政府`` / ``综合执法中队``, ``甲街道办事处`` / ``城管中队``) stays its part. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十五届人大三次会议第31号建议的答复\n周某某代表：\n"
    "    您提出的关于加强林区防火巡查的建议收悉，现答复如下：\n"
    "    我们将加强巡查。感谢您的关心和支持。\n\n"
)


@pytest.mark.parametrize(
    ("names", "signer"),
    [
        pytest.param("甲县林业局\n某某森林派出所", "甲县林业局、某某森林派出所", id="forest-under"),
        pytest.param("甲县林业局  龙泉森林派出所", "甲县林业局、龙泉森林派出所", id="forest-gap"),
        pytest.param("甲县财政局\n龙泉派出所", "甲县财政局、龙泉派出所", id="place-no-level"),
        pytest.param("甲县财政局 乙镇派出所", "甲县财政局、乙镇派出所", id="one-blank"),
        pytest.param("甲县林业局 某某森林派出所", "甲县林业局、某某森林派出所", id="forest-one-blank"),
        pytest.param("甲县人民政府\n交通管理支队", "甲县人民政府、交通管理支队",
                     id="brigade-under-government"),
        pytest.param("乙区人民政府\n丙集交警大队", "乙区人民政府、丙集交警大队",
                     id="brigade-place-no-level"),
        pytest.param("甲县人民政府  交通管理支队", "甲县人民政府、交通管理支队",
                     id="brigade-gap"),
        pytest.param("甲县人民政府 交通管理支队", "甲县人民政府、交通管理支队",
                     id="brigade-one-blank"),
        # must not match: a police authority's own stations stay its part
        pytest.param("甲县公安局\n龙泉派出所", "甲县公安局龙泉派出所", id="police"),
        pytest.param("甲县公安局\n某某森林派出所", "甲县公安局某某森林派出所", id="police-forest"),
        pytest.param("甲市公安局乙区分局\n城关派出所", "甲市公安局乙区分局城关派出所",
                     id="police-branch"),
        pytest.param("甲县城市管理局\n城关中队", "甲县城市管理局城关中队", id="brigade"),
        pytest.param("甲县公安局 乙镇派出所", "甲县公安局乙镇派出所", id="police-one-blank"),
        pytest.param("甲市公安局 乙区分局", "甲市公安局乙区分局", id="branch-one-blank"),
        pytest.param("甲市公安局\n交通管理支队", "甲市公安局交通管理支队", id="police-brigade"),
        pytest.param("甲市公安局\n丙集交警大队", "甲市公安局丙集交警大队",
                     id="police-brigade-no-level"),
        pytest.param("甲县人民政府\n教育督导室", "甲县人民政府教育督导室", id="government-office"),
        # must not match: a town's or a street's own enforcing squad, a unit an office runs
        pytest.param("甲镇人民政府\n综合执法中队", "甲镇人民政府综合执法中队", id="town-squad"),
        pytest.param("甲街道办事处\n城管中队", "甲街道办事处城管中队", id="street-squad"),
        pytest.param("甲街道办事处 城管中队", "甲街道办事处城管中队", id="street-squad-blank"),
        pytest.param("甲县人民政府办公室\n督查分中心", "甲县人民政府办公室督查分中心",
                     id="office-centre"),
    ],
)  # fmt: skip
def test_a_station_is_part_of_the_police_alone(names: str, signer: str) -> None:
    record = parse_text(HEAD + names + "\n2024年8月2日\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-08-02")
    assert span_problems(record) == []
