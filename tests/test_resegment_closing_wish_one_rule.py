"""The reply's closing sentence a flattened page's signer or date alone may follow: one
reading of the wish a reply ends with (祝, 顺祝 or 顺致, then short clauses each ending in the
good it wishes), and the words that may lead a closing sentence (最后, 同时, 在此).

Must not match: a sentence that opens with 致 (it addresses someone: 致工作组的函…), a place
whose name opens with 祝 in a sentence that goes on reporting, and a further point of the
answer led by 此外 or 另外 (此外，希望各村…): after them a glued signer and date with a
page's footer run on sign nothing, as after any other body sentence. Snippets invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from snippets import glued, signature_of, spaced

HEAD = (
    "关于增设某乡村级路灯的建议的答复\n寅某某代表：\n您提出的建议收悉，现答复如下：\n"
    "我局已将路灯增设纳入明年计划。\n"
)
SIGNED = "\n卯县住房和城乡建设局\n2099年3月14日\n网站地图\n主办：卯县人民政府办公室\n"
DATED = "\n2099年3月14日\n标签：\n留言与评论\n"


@pytest.mark.parametrize(
    "wish",
    [
        "祝你们工作顺利，万事如意！",
        "顺致身体健康、工作顺利！",
        "祝各位代表新春愉快！",
        "祝您工作顺利、身体健康、阖家幸福！",
        "顺祝工作顺心！",
    ],
)
def test_a_wish_closes_the_reply(wish: str) -> None:
    text = glued(HEAD + "感谢您对路灯建设的关心。" + wish + SIGNED)
    assert signature_of(text) == ("卯县住房和城乡建设局", "2099-03-14")


@pytest.mark.parametrize(
    "last",
    [
        "致工作专班的函已于上月发出。",  # 致 addresses: no wish
        "祝家庄路段已完成改造，村民夜间出行平安。",  # a place's 祝, a report
    ],
)
def test_no_wish_no_signature(last: str) -> None:
    assert signature_of(glued(HEAD + last + SIGNED)) == (None, None)


@pytest.mark.parametrize("flatten", [glued, spaced])
@pytest.mark.parametrize("point", ["另外，请各村做好路灯日常维护。", "此外，希望各村配合施工。"])
def test_a_further_point_is_no_closing(point: str, flatten: Callable[[str], str]) -> None:
    assert signature_of(flatten(HEAD + point + DATED))[1] is None


@pytest.mark.parametrize("flatten", [glued, spaced])
@pytest.mark.parametrize(
    "closing", ["同时，欢迎您继续关注路灯建设。", "在此恳请您继续关注路灯建设。"]
)
def test_a_led_closing_sentence_dates(closing: str, flatten: Callable[[str], str]) -> None:
    assert signature_of(flatten(HEAD + closing + DATED)) == (None, "2099-03-14")


def test_a_date_a_further_point_goes_on_from_is_none() -> None:
    # must not match: the body's date a sentence goes on from (起施行)
    body = HEAD + "此外，希望各村配合。\n2099年3月14日起施行新的维护办法，请各村知悉。\n"
    assert signature_of(glued(body + "感谢您的支持。")) == (None, None)
