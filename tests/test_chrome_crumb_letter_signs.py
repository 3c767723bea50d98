"""A short reply flattened onto its crumb's line is told by a letter's own signs, not one
phrase: a salutation (names and role word with its colon, or a name alone before words
spoken to the person) and then the reply's first sentence answering (收悉, 答复如下, 你提出的,
已转我局办理) or its closing run on at the end (a signer's date, 联系人：). Such a line is
the letter's, the crumb only its head. Must-not-match: a crumb alone, a news item about the
handling under a crumb, a list of titles, a headline quoting a deputy. Invented snippets."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

_CRUMB = "当前位置：首页 > 建议提案办理 "
_TITLE = "关于扶持特色农产品品牌建设的提案的答复"


@pytest.mark.parametrize(
    ("salutation", "name", "role", "opening"),
    [
        (
            "刘某某委员：",
            "刘某某",
            "委员",
            "你们提出的关于扶持特色农产品品牌建设的提案已转我局办理。",
        ),
        (
            "刘某某代表：",
            "刘某某",
            "代表",
            "关于扶持特色农产品品牌建设的建议，我局高度重视，现将办理情况答复如下：",
        ),
        ("刘某某：", "刘某某", None, "你提出的关于扶持特色农产品品牌建设的提案收悉，现答复如下："),
        ("刘某某：", "刘某某", None, "你提出的关于扶持特色农产品品牌建设的提案，我局高度重视。"),
    ],
    ids=["handed-over", "no-received", "bare-name-received", "bare-name-plain"],
)
def test_short_letter_on_a_crumbs_line(
    salutation: str, name: str, role: str | None, opening: str
) -> None:
    text = (
        _CRUMB + _TITLE + " " + salutation + opening + "目前全县已注册农产品商标35件。"
        "感谢你们的关心和支持。 某县农业农村局 2023年8月1日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [(name, role)]
    assert letter.signature.issuer == "某县农业农村局"
    assert letter.signature.date == "2023-08-01"


def test_closing_alone_tells_a_letter() -> None:
    """No answering words in the first sentence: the signer's date and the contact at the
    end tell it."""
    text = (
        _CRUMB
        + _TITLE
        + " 刘某某委员：关于扶持特色农产品品牌建设的提案，经研究，今年安排资金50万元。"
        "某县农业农村局 2023年8月1日 联系人：孙某 电话：0000-2223333\n"
    )
    assert not is_chrome_line(text.strip())
    letter = parse_text(text, keywords=False)
    assert letter.signature.issuer == "某县农业农村局"
    assert [c.name for c in letter.contacts] == ["孙某"]


@pytest.mark.parametrize(
    "line",
    [
        "当前位置：首页 > 政务公开 > 建议提案办理",
        "当前位置：首页 > 工作动态 > 我局召开人大代表建议办理工作推进会",
        "当前位置：首页 > 建议提案 关于加快某镇道路建设的建议的答复 关于改善某村照明的建议的答复",
        "当前位置：首页 > 新闻 > 王某某委员：建议加快乡村振兴步伐 本报讯 在县政协会议上，王某某委员建议加快发展。",
        "当前位置：首页 > 新闻 > 县领导：要把建议办理工作抓实抓细",
    ],
    ids=["crumb", "news-heading", "titles", "headline-quoting-member", "leader-quoted"],
)
def test_crumb_lines_stay_chrome(line: str) -> None:
    assert is_chrome_line(line)
