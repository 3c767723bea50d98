"""A cited 发文字号 glued to the verb a reply writes before the document it acts on
(`省财政厅下达某财农〔2024〕15号`, `贯彻某发〔2023〕1号`, `结合某政办〔2023〕3号`,
`印发实施某政发〔2023〕2号`): the verb is no part of the issuer code, as 根据, 印发 and
落实 are none (data/docnumber_lead_words.txt). A code that holds the verb's last
character as its own first (`下达达市府发…`, `结合合政…`: 达, 合 open place names codes
abbreviate) keeps it. The reader of numbers cuts so too, and past the verb's 了
(`下达了某政复〔2020〕4号`: no code opens with 了).

Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.docnumber import find_doc_numbers
from replyparse.textview import TextView
from test_real_letters import SIGN, letter

HEAD = "某县农业农村局\n某农函〔2024〕18号"


def _numbers(body: str) -> list[str]:
    record = parse_text(letter(head=HEAD, body=body, closing=SIGN), keywords=False)
    assert record.doc_number is not None and record.doc_number.text == "某农函〔2024〕18号"
    for ref in record.references:
        assert record.text[ref.span[0] : ref.span[1]] == ref.text
    return [r.text for r in record.references if r.kind == "doc_number"]


LEAD_VERBS = [
    pytest.param(
        "省财政厅下达某财农〔2024〕15号文件，安排资金。", ["某财农〔2024〕15号"], id="下达"
    ),
    pytest.param("市财政局下达了某财农〔2024〕15号文件。", ["某财农〔2024〕15号"], id="下达了"),
    pytest.param("我局认真贯彻某发〔2023〕1号文件精神。", ["某发〔2023〕1号"], id="贯彻"),
    pytest.param("结合某政办〔2023〕3号文件要求，制定细则。", ["某政办〔2023〕3号"], id="结合"),
    pytest.param("县政府印发实施某政发〔2023〕2号文件。", ["某政发〔2023〕2号"], id="印发实施"),
    pytest.param(
        "省财政厅下达某财农〔2024〕15号、某财农〔2024〕21号文件。",
        ["某财农〔2024〕15号", "某财农〔2024〕21号"],
        id="two-numbers",
    ),
    # near-misses: a code that opens with the verb's last character keeps it; a code
    # with no verb before it is whole as ever
    pytest.param("省财政厅下达达市财农〔2024〕15号文件。", ["达市财农〔2024〕15号"], id="达-code"),
    pytest.param("结合合政办〔2023〕3号文件要求。", ["合政办〔2023〕3号"], id="合-code"),
    pytest.param("按某财农〔2024〕15号文件执行。", ["某财农〔2024〕15号"], id="no-verb"),
    pytest.param("依据某施工〔2024〕5号文件执行。", ["某施工〔2024〕5号"], id="施-in-code"),
]


@pytest.mark.parametrize(("body", "expected"), LEAD_VERBS)
def test_the_verb_before_a_cited_number_is_no_part_of_it(body: str, expected: list[str]) -> None:
    assert _numbers(body) == expected


PREFIXES = [
    pytest.param("市政府下达某市政复〔2020〕1号批复。", "某市政复", id="下达"),
    pytest.param("市政府于2020年3月2日下达了某政复〔2020〕4号批复。", "某政复", id="下达了"),
    pytest.param("县政府印发了某政发〔2023〕2号文件。", "某政发", id="印发了"),
    pytest.param("贯彻某发〔2023〕1号文件。", "某发", id="贯彻"),
    # near-misses: 了 as the code's last character before its bracket is kept, and a
    # code with no lead word is whole
    pytest.param("印发了〔2023〕2号文件。", None, id="了-alone"),
    pytest.param("某政发〔2023〕2号", "某政发", id="no-lead-word"),
]


@pytest.mark.parametrize(("text", "prefix"), PREFIXES)
def test_the_numbers_reader_cuts_the_verb_and_its_le(text: str, prefix: str | None) -> None:
    assert [f.item.prefix for f in find_doc_numbers(TextView(text))] == [prefix]
