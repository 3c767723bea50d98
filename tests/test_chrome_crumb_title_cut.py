"""A hard-wrapped page whose breadcrumb ends with the page's title, cut mid-title at the
printed width (``当前位置：首页 > 提案 > 某县某局 关于对县`` over ``政协…提案答复的函``): the
rest is the crumb's, so the letter's own title under it (its authority first) is read
whole. A crumb whose step is ended, or a rest that opens a title, keeps what it was."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import wrapped_rest

HEAD = "当前位置：首页 政协提案 > 某县农业农村局 关于对县"
REST = "政协九届二次会议第12号提案答复的函"


def test_rest_of_a_cut_title_step_is_the_crumbs() -> None:
    assert wrapped_rest(HEAD, REST)


def test_ended_step_or_a_title_under_it_stays() -> None:
    assert not wrapped_rest("当前位置：首页 > 政协提案 > 关于县第12号提案答复的函", REST)
    assert not wrapped_rest(HEAD, "关于对县政协九届二次会议第12号提案答复的函")
    assert not wrapped_rest(HEAD, "某县农业农村局关于对县政协九届二次会议第12号提案答复")


def test_title_with_its_authority_read_whole() -> None:
    text = "\n".join(
        [
            HEAD,
            REST,
            "某县农业农村局 关于对县政协九届二次会议第12号提",
            "案答复的函",
            "",
            "方林委员：",
            "",
            "您提出的《关于发展林下经济的建议》（第12号提案）收",
            "悉，现答复如下：",
            "",
            "我局已将林下经济纳入今年重点工作计划，并安排专人负",
            "责指导农户开展林下种植和林下养殖，目前已建成示范基",
            "地三处，带动周边农户二百余户参与，取得了较好的成效",
            "。下一步我们将继续加大扶持力度。",
            "",
            "某县农业农村局",
            "2021年6月8日",
        ]
    )
    letter = parse_text(text, keywords=False)
    assert letter.title == "某县农业农村局关于对县政协九届二次会议第12号提案答复的函"
    assert letter.issuer == "某县农业农村局"
