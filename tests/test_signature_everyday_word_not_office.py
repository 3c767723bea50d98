"""An everyday word that ends in an office's suffix (打官司, 老上司: 司 ends a ministry's
department, 某部综合规划司; 怎么办, 去开会, 健身场所, 好处, 排队) names no authority: a line of the body ending in it over the
date signs nothing, and alone over the title it is no header's issuer
(``data/not_org_endings.txt``). A department's 司 still ends an authority. Snippets in our
own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于县政协十届三次会议第12号提案的答复\n\n王某委员：\n"
    "您提出的关于加强法律援助的提案收悉。现答复如下：\n我局已安排专项资金。\n"
)
_DATE = "2021年6月18日\n"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("感谢您的支持。\n\n帮困难群众打官司\n" + _DATE, id="guansi-alone-over-date"),
        pytest.param("感谢您的支持。 不让群众为小事打官司 " + _DATE, id="guansi-run-on-flat"),
        pytest.param("感谢您的支持。\n\n不再麻烦老上司\n" + _DATE, id="shangsi-alone-over-date"),
        *(
            pytest.param(f"感谢您的支持。\n\n{line}\n" + _DATE, id=f"{word}-over-date")
            for word, line in [
                ("zenmeban", "群众遇到难题怎么办"),
                ("kaihui", "请相关单位按时去开会"),
                ("jihui", "给青年更多就业机会"),
                ("changsuo", "建设更多健身场所"),
                ("haochu", "让群众得到实实在在的好处"),
                ("paidui", "减少群众办事排队"),
            ]
        ),
    ],
)
def test_a_body_line_ending_in_an_everyday_word_signs_nothing(closing: str) -> None:
    letter = parse_text(_HEAD + closing)
    assert letter.signature.issuer is None
    assert letter.signature.date == "2021-06-18"


@pytest.mark.parametrize("word", ["打官司", "老上司"])
def test_an_everyday_word_over_the_title_is_no_issuer(word: str) -> None:
    letter = parse_text(word + "\n" + _HEAD + "感谢您的支持。\n\n某县司法局\n" + _DATE)
    assert letter.issuer == "某县司法局"


@pytest.mark.parametrize(
    "office",
    [
        "某部综合规划司",
        "某县人民政府办",
        "某县工商业联合会",
        "某市农业科学研究所",
        "某县公安局交警大队",
    ],
)
def test_an_office_with_that_suffix_still_signs(office: str) -> None:
    letter = parse_text(_HEAD + "感谢您的支持。\n\n" + office + "\n" + _DATE)
    assert letter.signature.issuer == office


# fix8486: a site's credit of who runs it under the date, ``某某主办`` / ``某某承办`` (a brand
# a mirror set there, no office's suffix before it), is no signer: 主办 ends no office's name.
@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("某某在线_某某平台主办", id="brand-zhuban"),
        pytest.param("某某网络科技承办", id="company-chengban"),
    ],
)
def test_a_site_credit_under_the_date_signs_nothing(credit: str) -> None:
    letter = parse_text(_HEAD + "感谢您的支持。\n\n" + _DATE + credit + "\n地址：某市某路1号\n")
    assert letter.signature.issuer is None
    assert letter.signature.date == "2021-06-18"
