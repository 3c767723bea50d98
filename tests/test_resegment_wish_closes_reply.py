"""A reply may end with a wish rather than thanks (``祝你们工作顺利，万事如意！``,
``顺致身体健康…``). A flattened page that glued the signer, its date and the page's footer
after that wish (``…万事如意！某州民政局2099年7月14日网站地图主办：…``) is read as after
thanks: the signer and the date sign (an earlier round read the wish as no closing sentence
and signed nothing). After a sentence that closes nothing the run stays unsigned. Snippets
are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued

LETTER = (
    "关于州十五届人大一次会议第23号建议的答复\n"
    "周某某等代表：\n"
    "    你们提出的关于加快农村公益性公墓建设的建议收悉，现答复如下：\n"
    "    下一步，我局将积极争取上级资金，逐步分配到各县安排补助。\n"
    "    {closing}\n"
)
FOOTER = "某州民政局2099年7月14日网站地图主办：某州人民政府办公室，通信地址：某路1号"


@pytest.mark.parametrize(
    "closing",
    [
        "衷心感谢你们的关心与支持。祝你们工作顺利，万事如意！",
        "衷心感谢你们的关心与支持。顺致身体健康，工作顺利！",
        "祝您工作顺利！",
    ],
)
def test_the_signer_after_a_wish_signs(closing: str) -> None:
    record = parse_text(glued(LETTER.format(closing=closing + FOOTER)), keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某州民政局", "2099-07-14")


def test_after_a_sentence_that_closes_nothing() -> None:
    # must not match: a body sentence before the run, no thanks nor wish
    letter = LETTER.format(closing="我们将继续推进此项工作。" + FOOTER)
    record = parse_text(glued(letter), keywords=False)
    assert record.signature.issuer is None
