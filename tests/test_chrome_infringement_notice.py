"""A site's notice at the bottom (or top) of its page that it takes down what infringes
(``如有侵权请联系删除``, ``…版权归原作者所有…``, ``本站所载文章仅供参考…``,
``版权说明：…``): page chrome, no
line of the letter, so the signer and its date still end it. A reply that speaks of
infringement (``如有侵权行为，请向…举报``) keeps its lines. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line

LETTER = (
    "关于规范某市场经营秩序的建议的答复\n许某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　我局已开展专项检查。\n　　感谢您的关心和支持。\n某县市场监督管理局\n2023年4月20日\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        pytest.param("如有侵权请联系删除", id="bare"),
        pytest.param("本站所载文章仅供学习交流，如有侵权请联系删除。", id="site-carries"),
        pytest.param("声明：文章来源于网络，版权归原作者所有，如有侵权，请告知我们删除", id="authors-rights"),
        pytest.param("版权说明：本文由用户上传，若内容存在侵权，请进行举报", id="rights-note"),
    ],
)  # fmt: skip
def test_the_notice_is_chrome(notice: str) -> None:
    plain = parse_text(LETTER)
    for text in (LETTER + notice + "\n", notice + "\n" + LETTER):
        letter = parse_text(text)
        assert letter.signature == plain.signature or (
            letter.signature is not None
            and plain.signature is not None
            and (letter.signature.issuer, letter.signature.date)
            == (plain.signature.issuer, plain.signature.date)
        )
        assert letter.title == plain.title
        assert letter.keywords == plain.keywords


def test_a_reply_about_infringement_keeps_its_words() -> None:
    body = LETTER.replace("我局已开展专项检查。", "如有侵权行为，请向我局举报，我局将依法处理。")
    letter = parse_text(body)
    assert letter.signature is not None and letter.signature.issuer == "某县市场监督管理局"
    assert not is_chrome_line("如有侵权行为，请向我局举报，我局将依法处理。")


@pytest.mark.parametrize(
    "sentence",
    [
        "权利人认为构成侵权的，可以通知平台删除相关链接。",
        "对侵权商品，我局已告知平台删除",
        "本站点建设资金已落实",
    ],
)
def test_a_letters_sentence_on_takedowns_is_no_notice(sentence: str) -> None:
    # a reply on online trade may quote the notice-and-takedown rule: its words stay
    assert not is_chrome_line(sentence)
    body = LETTER.replace("我局已开展专项检查。", sentence)
    lines = body.split("\n")
    assert lines.index("　　" + sentence) not in chrome_lines(lines, body)
