"""A site's comment form that ends the page (its fields left empty, one to a line, a
captcha among them, ``• *验 证 码:``) and the prompt right over it (``…请您…留下意见或
建议。``) are the page's: the letter's closing ends above them, so its signer stands
(dev48/003: a 大队 signing over a damaged date written in figures only, the form under it, signed
nothing). Empty fields with no captcha among them stay the letter's. Snippets in our own
words, invented names and numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "关于区第八届政协第三次会议第17号提案的答复函\n\n"
    "发布时间:2024-06-03 10:20信息来源:某区人民政府\n\n"
    "   张小明  委员\n\n"
    "您提出的关于某某路口增设信号灯的提案收悉,现答复如下:\n\n"
    "大队已组织警力加强疏导。\n\n"
    "联系人:王某某\n\n"
    "交警某某大队\n\n"
    "{date}\n\n"
)
PROMPT = "为了解各方对本文所述做法的看法,请您留下意见或建议。\n"
FIELDS = "  • 姓  名:\n\n  • 联系方式:\n\n  • *内  容:\n\n  • *{captcha}:\n"


@pytest.mark.parametrize("date", ["20240601", "2024年6月1日"], ids=["damaged", "whole"])
@pytest.mark.parametrize("prompt", [PROMPT, ""], ids=["prompt", "fields-only"])
@pytest.mark.parametrize("captcha", ["验 证 码", "验证码", "校验码"])
def test_the_comment_form_is_no_part_of_the_closing(date: str, prompt: str, captcha: str) -> None:
    text = LETTER.format(date=date) + prompt + FIELDS.format(captcha=captcha)
    record = parse_text(text)
    assert record.signature.issuer == "交警某某大队"
    assert record.issuer == "交警某某大队"
    assert span_problems(record) == []


def test_empty_fields_without_a_captcha_stay() -> None:
    # a letter's own slots left blank (no captcha): not the page's form, read as before
    text = LETTER.format(date="2024年6月1日") + "  • 姓  名:\n\n  • 联系方式:\n"
    record = parse_text(text)
    assert record.signature.date == "2024-06-01"


def test_a_tidy_letter_ending_in_its_signer_keeps_it() -> None:
    record = parse_text(
        "关于某某的答复\n\n李某代表:\n\n您提出的建议收悉,现答复如下:\n\n我局将加快建设。\n\n"
        "某县交通运输局\n\n20240601\n"
    )
    assert record.signature.issuer == "某县交通运输局"


WRAPPED_PROMPT = (
    "为了解各方对本文所述做法的看法,请您\n"
    "留下意见或建议。来信我们会逐条整理\n"
    "并用于改进今后的工作。\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        WRAPPED_PROMPT + FIELDS,
        PROMPT + "— 3 —\n" + FIELDS,
        PROMPT + "  • 姓  名:\n— 3 —\n  • *验证码:\n",
    ],
    ids=["wrapped-prompt", "page-number-over-fields", "page-number-among-fields"],
)
def test_a_wrapped_prompt_or_a_pages_number_parts_nothing(tail: str) -> None:
    text = LETTER.format(date="20240601") + tail.replace("{captcha}", "验 证 码")
    record = parse_text(text)
    assert record.signature.issuer == "交警某某大队"


def test_the_date_right_over_the_prompt_stays_the_letters() -> None:
    # no blank line between the date and the prompt: the prompt's paragraph stops at the
    # line that asks, the date over it is the letter's
    text = LETTER.format(date="2024年6月1日").rstrip("\n") + "\n" + PROMPT + FIELDS
    record = parse_text(text.replace("{captcha}", "验证码"))
    assert record.signature.issuer == "交警某某大队"
    assert record.signature.date == "2024-06-01"


# (the prompt printed over three lines, its asking words on the second: the line over them
# ends with the clause's comma and runs on into them, wrap66)
PROMPT_OVER_THREE = (
    "为了解各方对本文所述做法的看法与评价,\n"
    "请您对上述做法提出意见或建议。我们将\n"
    "逐条整理并用于改进今后的工作。\n"
)


def test_a_prompt_whose_first_line_runs_on_into_the_asking_words_is_the_pages() -> None:
    text = LETTER.format(date="20240601") + PROMPT_OVER_THREE + FIELDS.format(captcha="验证码")
    record = parse_text(text)
    assert record.signature.issuer == "交警某某大队"
    assert record.issuer == "交警某某大队"
    assert span_problems(record) == []
