"""A page's label shows a page only written whole, its characters glued or spread with
blanks between them (``发 布 日 期：``, ``索  引  号：``, ``来    源：``), never as a letter's
short word that is only its tail (pagesign64b): a line holding just ``公开`` is no
``首次公开``, ``内容：`` no ``正文内容``, ``地址：`` no ``原文地址``, ``日期：`` no
``发布日期``. Such a plain letter is read as a letter, every line of it kept. Snippets are
invented.
"""

from __future__ import annotations

import pytest

from pagesigns import assert_plain_letter, shows_page

LETTER = (
    "{head}"
    "某县农业农村局\n"
    "关于发展庭院特色种植的建议的答复\n"
    "孙某代表：\n"
    "　　您提出的建议收悉。我局已会同各乡镇开展调研，制定扶持办法。\n"
    "{middle}"
    "　　感谢您对农业农村工作的关心和支持。\n"
    "　　联系人：周某　　联系电话：0000-5550123\n"
    "{tail}"
    "某县农业农村局\n"
    "2024年5月6日\n"
)
TAILS = [
    {"head": "B\n公开\n"},  # (the letter's class lines: B类, 公开)
    {"head": "A类\n\n公开\n\n"},
    {"middle": "提案人：孙某\n内容：建议扶持庭院种植。\n"},
    {"middle": "提案人：孙某\n内 容：\n建议扶持庭院种植。\n"},
    {"tail": "地址：某县某路1号\n"},
    {"tail": "单位：某县农业农村局 地址：某县某路1号\n"},
    {"tail": "日期：2024年5月6日\n"},
    {"head": "某县农业农村局\n\n日期：2024-05-06\n\n"},
]


def _letter(**parts: str) -> str:
    return LETTER.format(**{"head": "", "middle": "", "tail": "", **parts})


@pytest.mark.parametrize("parts", TAILS)
@pytest.mark.parametrize("flat", ["", " "])
def test_a_letters_short_word_ending_a_page_label_shows_no_page(
    parts: dict[str, str], flat: str
) -> None:
    text = _letter(**parts)
    if flat:  # (its lines flattened: each line break one blank)
        text = text.replace("\n", flat)
    assert_plain_letter(text)


@pytest.mark.parametrize(
    "line",
    [
        "发布日期：2024-05-06", "发 布 日 期：2024-05-06", "发　布　日　期：2024-05-06",
        "发  布  日  期：2024-05-06", "发布 日期：2024-05-06", "索 引 号：0000/2024-01",
        "索   引   号：0000/2024-01", "来    源：某县农业农村局", "信 息 来 源：某县农业农村局",
        "首 次 公 开：2024-05-06", "正 文 内 容：", "原 文 地 址：", "文 章 发 布 时 间：2024-05-06",
        "作      者：某县农业农村局",
    ],
)  # fmt: skip
def test_a_pages_label_spread_with_blanks_still_shows_a_page(line: str) -> None:
    assert shows_page(line + "\n" + _letter())
    assert shows_page(_letter(tail=line + "\n"))


@pytest.mark.parametrize(
    ("tail", "shown"),
    [
        (" • 姓  名: • 联系方式: • *内  容: • *验 证 码:", True),  # (flattened: a page's form)
        ("• 姓名：\n• *校验码：\n", True),
        ("• *验证码:\n", True),
        ("办理时请输入短信验证码：\n", False),  # (no form's field: no star nor bullet)
        ("• 内  容:\n", False),
    ],
)
def test_a_comment_forms_captcha_field_shows_a_page(tail: str, shown: bool) -> None:
    # (its 内容 field no page label's tail: the form shows itself by its captcha, left empty)
    assert shows_page(_letter() + tail) is shown
