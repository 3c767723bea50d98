"""A flattened page whose letter has no signer, only its date after the closing sentence, and
the page's own text run on after the date past a gap or glued as a word and its colon
(``…并提出宝贵建议。 2024年5月6日 标签：留言与评论…``): the date is the signature's, as under a
signer so run on (an earlier round cut nothing there and the letter lost its date). The
closing sentence may open with the last point's lead word (``最后，感谢…``). A body's date that
a sentence goes on from stays the body's. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, signature_of, spaced

LETTER = (
    "关于市十五届人大五次会议第88号建议的答复\n"
    "尊敬的周某某代表：\n"
    "    您提出的关于恢复某医院分院区门诊服务的建议已收悉，现回复如下：\n"
    "    分院区已于2024年4月完成改造，门诊服务已全面恢复，夜间急诊同步开放。\n"
    "    {closing}\n"
)
TAIL = "2024年5月6日 标签：留言与评论（共有0条评论） 验证码："


@pytest.mark.parametrize(
    "closing",
    [
        "感谢您的支持，希望您继续提出宝贵建议。",
        "最后，感谢您的支持，希望您继续关注我市卫生工作，并提出宝贵建议。",
    ],
)
@pytest.mark.parametrize("copy", ["space", "glued"])
def test_the_date_signs_before_the_page(closing: str, copy: str) -> None:
    letter = LETTER.format(closing=closing + " " + TAIL)
    text = " ".join(letter.split()) if copy == "space" else glued(letter)
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == (None, "2024-05-06")


def test_a_body_date_stays_the_bodys() -> None:
    # must not match: a sentence goes on from the date, no gap nor label after it
    letter = LETTER.format(closing="感谢您的支持。2024年5月6日市卫健委召开会议专题研究。")
    record = parse_text(" ".join(letter.split()), keywords=False)
    assert record.signature.date is None


# (the date under the thanks on a line of its own, the page under it, tidy and flattened)
CLINIC_HEAD = "关于恢复某院区门诊的建议的答复\n尊敬的冯某代表：\n您提出的建议收悉，现答复如下：\n院区已完成改造并恢复门诊。\n"
CLINIC_PAGE = "标签：\n留言与评论（共有0条评论）\n验证码：\n"


@pytest.mark.parametrize(
    "thanks",
    ["感谢您对医疗事业的支持。", "最后，感谢您对医疗事业的支持，希望您继续提出宝贵建议。"],
)
@pytest.mark.parametrize("flatten", [glued, spaced])
def test_date_alone_after_thanks_signs(thanks: str, flatten: object) -> None:
    tidy = CLINIC_HEAD + thanks + "\n2099年8月18日\n" + CLINIC_PAGE
    assert signature_of(tidy) == (None, "2099-08-18")
    assert signature_of(flatten(tidy)) == (None, "2099-08-18")  # type: ignore[operator]


@pytest.mark.parametrize("flatten", [glued, spaced])
def test_date_after_a_report_is_no_signature(flatten: object) -> None:
    body = (
        CLINIC_HEAD + "院区改造方案已上报。\n2099年8月18日专家组意见：同意实施。\n感谢您的支持。\n"
    )
    assert signature_of(flatten(body))[1] is None  # type: ignore[operator]
