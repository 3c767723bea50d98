"""A site's comment form flattened onto the letter's last line, after the signer and the
date (``…某大队 20991018 为进一步了解…，请您…留下意见。每条留言…。
• 姓 名: • 联系方式: • *验 证 码:``): its prompt and its empty fields, one a captcha, are
the page's, cut from the letter as on lines of their own; the signer before them is read.
Fields with no captcha (a letter's 联系人： left empty), or no prompt before them, stay."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_tail

LETTER = (
    "某某委员： 您提出的提案收悉，经认真办理，现答复如下： 我大队已在校门口设立护学岗。"
    " 联系电话：138xxxx0000 联系人：王某某 某县交警大队 20991018"
)
FORM = (
    " 为进一步了解读者对本站栏目编排的看法，请您在下方留下意见。"
    "每条留言都会有专人阅读整理，用于改版参考。 • 姓  名: • 联系方式: • *内  容: • *验 证 码:"
)


def test_the_form_is_cut_and_the_signer_read() -> None:
    text = LETTER + FORM
    at = chrome_tail(text)
    assert at is not None and text[at:].lstrip().startswith("为进一步了解")
    assert parse_text(text).signature.issuer == "某县交警大队"


# Must not match
def test_fields_without_a_captcha_stay() -> None:
    text = LETTER + FORM.replace("• *验 证 码:", "")
    at = chrome_tail(text)
    assert at is None or not text[at:].lstrip().startswith("为进一步了解")


def test_fields_without_a_prompt_stay() -> None:
    text = LETTER + " • 姓  名: • *验 证 码:"
    at = chrome_tail(text)
    assert at is None or "20991018" in text[:at]
