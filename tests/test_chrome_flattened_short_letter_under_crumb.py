"""A short reply a web copy flattened onto its crumb's line (``当前位置：首页 > … 关于…的答复
王某代表：您提出的…收悉，现答复如下：… 某局 2024年5月6日``, blanks between its parts or none):
the line holds the letter's salutation and answer, so it is the letter's, the crumb only its
head, cut off it; never the whole line dropped as the crumb's. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

_TITLE = "关于加快东坪镇道路修缮的答复"
_SIGNER = "某县交通运输局"
_DATE = "2024年5月6日"


def _letter(sep: str) -> str:
    return sep.join(
        (
            _TITLE,
            "王小明代表：您提出的关于加快东坪镇道路修缮的建议收悉，现答复如下："
            "我局已将该路段列入年度计划。感谢您的关心。" + _SIGNER,
            _DATE,
        )
    )


@pytest.mark.parametrize("lead", ["当前位置：", "您的位置：", "您现在的位置："])
@pytest.mark.parametrize("sep", [" ", ""])
def test_short_letter_on_the_crumbs_line_keeps_its_parts(lead: str, sep: str) -> None:
    crumb = lead + ("首页 > 政务公开 > 建议提案办理" if sep else "首页>政务公开>建议提案办理")
    letter = parse_text(crumb + sep + _letter(sep))
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王小明", "代表")]
    assert letter.issuer == _SIGNER
    assert [d.text for d in letter.dates] == [_DATE]


def test_a_crumb_line_alone_stays_chrome() -> None:
    assert is_chrome_line("当前位置：首页 > 政务公开 > 建议提案办理")
    assert is_chrome_line("您的位置：首页>人大建议>答复公开")


def test_crumb_over_a_tidy_letter_reads_as_before() -> None:
    text = (
        "当前位置：首页 > 政务公开 > 建议提案办理\n"
        f"{_TITLE}\n王小明代表：\n"
        "您提出的关于加快东坪镇道路修缮的建议收悉，现答复如下：\n"
        f"我局已将该路段列入年度计划。\n感谢您的关心。\n{_SIGNER}\n{_DATE}\n"
    )
    letter = parse_text(text)
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王小明", "代表")]
    assert letter.issuer == _SIGNER
    assert [d.text for d in letter.dates] == [_DATE]
