"""A copy that lost its line breaks glues the salutation to a signer's label under the
title (``…的复函签发人：张三丰李某委员：``): the first of the names run together is the
label's value (who signed), no addressee; the letter answers the names after it. Names
parted by the letter's own separator, a blank or a line break, or a salutation after any
other label, stay as they are read elsewhere."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某县水利局关于县九届人大二次会议第31号提案的复函"
BODY = "您提出的关于修缮某渠的提案收悉。现答复如下：已安排资金。某县水利局2023年8月16日"


def _names(head: str) -> list[tuple[str, str | None]]:
    record = parse_text(TITLE + head + BODY)
    return [(a.name, a.role) for a in record.addressees]


READ = [
    pytest.param("签发人：张三丰李某委员：", [("李某", "委员")], id="signer-three-then-two"),
    pytest.param("签发人:张三丰李某委员:", [("李某", "委员")], id="half-width-colons"),
    pytest.param("签发：张三丰李某委员：", [("李某", "委员")], id="签发"),
    pytest.param("核稿人：张三丰李某委员：", [("李某", "委员")], id="核稿人"),
]

KEPT = [
    # no signer's label before the names run together: both are addressees
    pytest.param("张三丰李某委员：", [("张三丰", "委员"), ("李某", "委员")], id="no-label"),
    # the label's value set off by a blank or a line break: the resegmenter parts it
    pytest.param("签发人：张三丰 李某委员：", [("李某", "委员")], id="blank"),
    pytest.param("\n签发人：张三丰\n李某委员：\n", [("李某", "委员")], id="lines"),
    # the label alone on its line, the salutation under it: both names stay
    pytest.param(
        "\n签发人：\n张三丰李某委员：\n", [("张三丰", "委员"), ("李某", "委员")], id="label-line"
    ),
    # names the letter parts with its separator: no run to cut, both stay
    pytest.param(
        "签发人：张三丰、李某委员：", [("张三丰", "委员"), ("李某", "委员")], id="separator"
    ),
]


@pytest.mark.parametrize(("head", "expected"), READ + KEPT)
def test_a_signer_label_glued_before_the_salutation(
    head: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(head) == expected


def test_a_sent_to_label_is_no_signer() -> None:
    # 主送： stands in the salutation's place: the names after it are all addressees
    record = parse_text("主送：张三丰李某委员：\n" + TITLE + "\n" + BODY)
    assert [a.name for a in record.addressees] == ["张三丰", "李某"]
