"""A site's comment box ending the page, its captcha's label bare and the box's heading
after it (``验证码`` / ``全部评论``), under the letter's signed date: the page's, read off the
closing lined, flattened with blanks or glued, so the signer and the date are read (fix156:
an earlier round, flattened, read no signature, the captcha glued to the date's line).
A letter's own sentence about comments stays. Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import shows_page
from snippets import COPIES

_LETTER = (
    "对甲山县政协十四届二次会议第12号提案的再次答复\n史某委员：\n"
    "　　您提出的关于增设某园游乐设施的提案收悉，现将进展答复如下：\n"
    "　　我局已增设跷跷板和秋千。\n甲山县绿化和市容管理局\n2031年 10月14日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "box",
    [
        pytest.param("验证码\n\n全部评论\n", id="all-comments"),
        pytest.param("验证码\n发表评论\n", id="post-a-comment"),
        pytest.param("验证码\n评论\n", id="comments"),
    ],
)  # fmt: skip
def test_signature_over_the_comment_box(box: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(_LETTER + box), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (
        "甲山县绿化和市容管理局",
        "2031-10-14",
    )
    assert letter.issuer == "甲山县绿化和市容管理局"


def test_a_sentence_about_comments_is_no_page() -> None:
    # (the captcha's word inside the letter's sentence, no box ending the page: no sign)
    text = _LETTER.replace("我局已增设跷跷板和秋千。", "我局已取消验证码评论功能。")
    assert not shows_page(text)
    assert shows_page(_LETTER + "验证码 全部评论\n")
