"""A flattened head that names the authority under the title, over its 发文字号
(``关于…的答复  某局  某函〔2024〕5号  王某代表：…``): the authority's name is the issuer
alone on its line, not a salutation to a body, and the salutation after the number is read
(snippets written here, names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.resegment import resegment
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap


def _lines(text: str) -> list[str]:
    view = resegment(unwrap(TextView(normalise_newlines(text))))
    return [line.text for line in view.content_lines]


_BODY = (
    "您提出的关于修缮村道的建议收悉。现答复如下：该路段已列入计划。 甲县交通运输局 2024年5月10日"
)

# (id, letter, title, issuer, number, salutation)
READ = [
    (
        "space",
        "关于县人大三次会议第45号建议的答复 甲县交通运输局 甲交函〔2024〕17号 王某某代表： "
        + _BODY,
        "关于县人大三次会议第45号建议的答复",
        "甲县交通运输局",
        "甲交函〔2024〕17号",
        "王某某代表：",
    ),
    (
        "ideographic-space-opener",
        "关于省政协二次会议第208号提案的答复\u3000\u3000乙省水利厅\u3000\u3000乙水函〔2023〕6号"
        "\u3000\u3000尊敬的李某委员：\u3000\u3000" + _BODY,
        "关于省政协二次会议第208号提案的答复",
        "乙省水利厅",
        "乙水函〔2023〕6号",
        "尊敬的李某委员：",
    ),
    (
        "body-addressed",
        "关于市政协四次会议第12号提案的答复 丙市文化和旅游局 丙文旅函〔2022〕3号 民盟丙市委员会： "
        + _BODY,
        "关于市政协四次会议第12号提案的答复",
        "丙市文化和旅游局",
        "丙文旅函〔2022〕3号",
        "民盟丙市委员会：",
    ),
    (
        "glued",
        "关于县人大三次会议第45号建议的答复甲县交通运输局甲交函〔2024〕17号王某某代表：" + _BODY,
        "关于县人大三次会议第45号建议的答复",
        "甲县交通运输局",
        "甲交函〔2024〕17号",
        "王某某代表：",
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "issuer", "number", "salutation"),
    [case[1:] for case in READ],
    ids=[case[0] for case in READ],
)
def test_authority_over_number_under_title(
    text: str, title: str, issuer: str, number: str, salutation: str
) -> None:
    letter = parse_text(text, keywords=False)
    assert letter.title == title
    assert letter.issuer == issuer
    assert letter.doc_number is not None and letter.doc_number.text == number
    assert letter.salutation == salutation
    assert not [r for r in letter.references if r.text == number]
    lines = _lines(text)
    assert lines[:4] == [title, issuer, number, salutation]


# Near misses: a body addressed without a colon after the title, what follows it an
# opening (a number it cites after a lead word too), stays the salutation.
KEPT = [
    (
        "opening-after",
        "关于某事的复函 甲县教育局 你局提出的建议收悉。现答复如下：已落实。",
        "甲县教育局",
    ),
    (
        "cited-number-after",
        "关于某事的复函 甲县教育局 根据甲政办发〔2024〕3号文件精神，你局提出的建议收悉。",
        "甲县教育局",
    ),
]


@pytest.mark.parametrize(
    ("text", "salutation"), [case[1:] for case in KEPT], ids=[case[0] for case in KEPT]
)
def test_salutation_before_other_words_stays(text: str, salutation: str) -> None:
    assert parse_text(text, keywords=False).salutation == salutation
