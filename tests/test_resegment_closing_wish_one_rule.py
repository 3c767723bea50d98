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

from replyparse import parse_text
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


# (a signer and date under the wish, the page's footer after them, tidy and flattened;
# after a report or a congratulation no signature)
BURIAL_HEAD = "关于建设公益性公墓的建议的答复\n刘某等5名代表：\n你们提出的建议收悉，现答复如下：\n我局已将该项目列入年度计划。\n"
BURIAL_PAGE = "网站地图\n主办：丑州人民政府办公室\n"


@pytest.mark.parametrize("flatten", [glued, spaced])
@pytest.mark.parametrize("wish", ["祝你们工作顺利，万事如意！", "顺祝身体健康、工作顺利。"])
def test_signer_after_a_wish_signs(wish: str, flatten: Callable[[str], str]) -> None:
    tidy = (
        BURIAL_HEAD
        + "衷心感谢你们对殡葬改革的关心。"
        + wish
        + "\n丑州民政局\n2099年6月29日\n"
        + BURIAL_PAGE
    )
    assert signature_of(tidy) == ("丑州民政局", "2099-06-29")
    assert signature_of(flatten(tidy)) == ("丑州民政局", "2099-06-29")


@pytest.mark.parametrize("last", ["项目已完成验收。", "祝贺项目顺利完成。"])
def test_no_signature_after_other_sentences(last: str) -> None:
    text = glued(BURIAL_HEAD + last + "\n丑州民政局\n2099年6月29日\n" + BURIAL_PAGE)
    assert signature_of(text) == (None, None)


# (a signer, date and footer glued straight after the wish; after a body sentence none)
CEMETERY_LETTER = (
    "关于州十五届人大一次会议第23号建议的答复\n"
    "周某某等代表：\n"
    "    你们提出的关于加快农村公益性公墓建设的建议收悉，现答复如下：\n"
    "    下一步，我局将积极争取上级资金，逐步分配到各县安排补助。\n"
    "    {closing}\n"
)
CEMETERY_FOOTER = "某州民政局2099年7月14日网站地图主办：某州人民政府办公室，通信地址：某路1号"


@pytest.mark.parametrize(
    "closing",
    [
        "衷心感谢你们的关心与支持。祝你们工作顺利，万事如意！",
        "衷心感谢你们的关心与支持。顺致身体健康，工作顺利！",
        "祝您工作顺利！",
    ],
)
def test_the_signer_after_a_wish_signs(closing: str) -> None:
    record = parse_text(
        glued(CEMETERY_LETTER.format(closing=closing + CEMETERY_FOOTER)), keywords=False
    )
    assert (record.signature.issuer, record.signature.date) == ("某州民政局", "2099-07-14")


def test_after_a_sentence_that_closes_nothing() -> None:
    # must not match: a body sentence before the run, no thanks nor wish
    letter = CEMETERY_LETTER.format(closing="我们将继续推进此项工作。" + CEMETERY_FOOTER)
    record = parse_text(glued(letter), keywords=False)
    assert record.signature.issuer is None
