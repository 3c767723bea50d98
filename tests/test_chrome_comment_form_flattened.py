"""A site's comment form a flattened page ran on after the letter's signature (``…某局
20241018 为进一步了解…请您…留下意见。… • 姓  名: • 联系方式: • *验 证 码:``):
the prompt and the empty fields, one of them a captcha, are the page's, so the closing
ends before them and the signer signs, as over the form on lines of its own. Must-not-match:
fields with no captcha (a letter's blank 联系人：), a letter's own closing plea with no form
after it. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_tail

_PAGE = "关于第54号提案的答复函 发布时间:2024-10-25 11:47 信息来源:某区人民政府"
_LETTER = (
    " 王某委员 您在区政协会议期间提出的关于加强学校周边交通疏导的提案，经认真办理，现答复如下："
    "大队已加大学校周边的管控力度，净化通行环境。 联系电话:13800000000 联系人:李某某 某县交警大队 "
)
_PROMPT = "为进一步听取网友对栏目内容的看法,请您在文末留下意见。每条留言都会有人阅读。"
_FIELDS = " • 姓  名: • 联系方式: • *内  容: • *验 证 码:"


@pytest.mark.parametrize("date", ["20241018", "2024年10月18日"], ids=["damaged", "whole"])
@pytest.mark.parametrize("sep", [" ", ""], ids=["spaced", "glued"])
def test_signer_over_a_flattened_comment_form(date: str, sep: str) -> None:
    letter = parse_text(_PAGE + _LETTER + date + sep + _PROMPT + _FIELDS + "\n", keywords=False)
    assert letter.signature.issuer == "某县交警大队"
    assert [c.name for c in letter.contacts] == ["李某某"]


def test_form_tail_starts_at_its_prompt() -> None:
    line = "某县交警大队 20241018 " + _PROMPT + _FIELDS
    at = chrome_tail(line)
    assert at is not None and line[at:].startswith("为进一步")


@pytest.mark.parametrize(
    "tail",
    [
        " • 姓  名: • 联系方式: • 内  容:",  # no captcha: no form of a page's
        "",  # the letter's own plea, no fields after it
    ],
    ids=["no-captcha", "no-fields"],
)
def test_no_form_no_cut(tail: str) -> None:
    line = "某县交警大队 20241018 " + _PROMPT + tail
    assert chrome_tail(line) is None  # no page's form: nothing of the line is chrome
