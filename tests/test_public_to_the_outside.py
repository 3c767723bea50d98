"""The publication values said of the outside or of society (``同意对外公开``, ``对外公开``,
``不同意对外公开``, ``同意向社会公开``): the words the label ``是否对外公开`` asks with, written
as a mark alone on a header line (dev119/007: a page's header printed ``同意对外公开`` over
its class mark and 发文字号, and no value was read). They feed ``public`` as ``同意公开``
does, alone on a line, after the label, or in a note; in a sentence they say nothing.
Snippets in our own words, invented names.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某县教育局关于县政协十届二次会议第5号提案的答复"
LETTER = (
    "{title}\n{head}王某委员：\n你提出的《关于改善校车安全的建议》收悉，现答复如下。\n"
    "我局将加强校车管理。\n某县教育局\n2024年5月10日\n{tail}"
)

CASES = [
    pytest.param("同意对外公开\n", "", True, id="agreed-alone"),
    pytest.param("对外公开\n", "", True, id="bare-alone"),
    pytest.param("不同意对外公开\n", "", False, id="refused-alone"),
    pytest.param("同意向社会公开\n", "", True, id="to-society-alone"),
    pytest.param("同意对外公开\nA类\n某教函〔2024〕11号\n", "", True, id="over-class-and-number"),
    pytest.param("是否对外公开：同意对外公开\n", "", True, id="label-and-value"),
    pytest.param("", "（此件同意对外公开）\n", True, id="note-agreed"),
    pytest.param("", "（此件不对外公开）\n", False, id="note-refused"),
]


@pytest.mark.parametrize(("head", "tail", "public"), CASES)
def test_public_to_the_outside(head: str, tail: str, public: bool) -> None:
    letter = parse_text(LETTER.format(title=TITLE, head=head, tail=tail))
    assert letter.public is public
    assert letter.title == TITLE
    assert letter.signature is not None
    assert letter.signature.issuer == "某县教育局"
    assert letter.signature.date == "2024-05-10"


def test_a_header_line_run_on_with_the_mark_flattened() -> None:
    # (a page flattened with nothing between its lines: the title ends before the mark)
    text = LETTER.format(title=TITLE, head="同意对外公开\nA类\n某教函〔2024〕11号\n", tail="")
    letter = parse_text("".join(text.split("\n")))
    assert letter.public is True
    assert letter.title == TITLE
    assert letter.handling_type == "A"


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("我局将依法对外公开办理结果。\n", id="in-a-sentence"),
        pytest.param("对外公开的方式另行通知\n", id="words-after-it"),
    ],
)
def test_in_a_sentence_it_says_nothing(tail: str) -> None:
    assert parse_text(LETTER.format(title=TITLE, head="", tail=tail)).public is None
