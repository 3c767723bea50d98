"""A page's head glued together with nothing between its lines, the letter's own head after
the page's heading: its class mark, then the issuer's name glued before its 发文字号
(``…的答复（B类）青石街道办事处青处复〔2099〕23号签发人:…``). The name is the header's line
over the number, no part of its code, as on the kept lines (an earlier round read
``青石街道办事处青处复`` as the code, or cut the place off alone; dev131/008). A number whose
code opens with no authority's name (``（B类）青处复〔…〕``) reads as before. Names invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued

LINED = (
    "东山区青石街道办事处 关于对区第九届人民代表大会第一次会议第30号建议的答复\n"
    "(B类)\n"
    "{head}"
    "青处复〔2099〕23号 签发人:何 某\n"
    "东山区青石街道办事处\n"
    "关于对区第九届人民代表大会第一次会议第30号建议的答复\n"
    "韩某某代表:\n"
    "您提出的《关于修缮某村道路的建议》，已交我处研究办理，现答复如下：\n"
    "一、基本情况\n该路段长约两公里。\n"
    "感谢您的关心和支持。\n"
)


@pytest.mark.parametrize(
    "head", ["东山区青石街道办事处\n", ""], ids=["mark-over-number", "no-mark"]
)
@pytest.mark.parametrize("copy", [str, glued], ids=["lined", "glued"])
def test_the_number_keeps_its_own_code(head: str, copy: Callable[[str], str]) -> None:
    text = copy(LINED.format(head=head))
    letter = parse_text(text, keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "青处复〔2099〕23号"
    assert letter.handling_type == "B"
