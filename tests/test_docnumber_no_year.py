"""A 发文字号 that names no year (``某农函14号``: an office numbering its letters by serial
alone), opening a header line: alone on it, or as a page's heading that lists the letter by
it with a note in brackets after it (``某农函14号（第16号建议，关于…的答复函）``) over the
letter's own title. It is the letter's own number, its year null, and no part of the title;
the heading's note is header too (also after a number with its year, which the view sets on
a line of its own). In prose, or with no 代字 ending its code, it is none. Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县第九届人大第三次会议第27号\n建议答复的函\n"
OWN_TITLE = "关于县第九届人大第三次会议第27号建议答复的函"
REST = (
    "赵某代表：\n您提出的《关于修缮某村水渠的建议》已收悉，现答复如下：\n我局已作安排。\n"
    "某县水务局\n2031年4月2日\n"
)
NOTE = "（人大第27号建议，关于修缮某村水渠建议的答复函）"


@pytest.mark.parametrize(
    ("head", "written", "prefix", "serial"),
    [
        pytest.param("某水函27号" + NOTE, "某水函27号", "某水函", 27, id="heading-with-note"),
        pytest.param("某水函27号(人大第27号建议)", "某水函27号", "某水函", 27, id="half-width-note"),
        pytest.param("某水函27号", "某水函27号", "某水函", 27, id="alone"),
        pytest.param("某政办发第8号", "某政办发第8号", "某政办发", 8, id="fa-with-di"),
    ],
)  # fmt: skip
def test_the_number_with_no_year(head: str, written: str, prefix: str, serial: int) -> None:
    letter = parse_text(head + "\n某县水务局\n" + TITLE + REST)
    number = letter.doc_number
    assert number is not None
    assert (number.text, number.prefix, number.year, number.serial) == (
        written,
        prefix,
        None,
        serial,
    )
    assert letter.text is not None and letter.text[slice(*number.span)] == written
    assert letter.title == OWN_TITLE
    assert letter.issuer == "某县水务局"
    assert any(d.code == "doc-number-format" and "no year" in d.message for d in letter.diagnostics)


def test_a_heading_with_a_number_that_names_its_year() -> None:
    letter = parse_text("某水函〔2031〕27号" + NOTE + "\n某县水务局\n" + TITLE + REST)
    assert letter.doc_number is not None and letter.doc_number.text == "某水函〔2031〕27号"
    assert letter.title == OWN_TITLE


# Near-misses: no 代字 ending the code (a proposal's number), or a number cited in prose.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("建议第27号\n某县水务局\n" + TITLE + REST, id="proposal-number"),
        # an item's registry number, its code the item's kind (review59a: fix82 read it as
        # the letter's 发文字号)
        pytest.param("人大建议字第31号\n某县水务局\n" + TITLE + REST, id="kind-zi-number"),
        pytest.param("政协提案复第31号\n某县水务局\n" + TITLE + REST, id="kind-fu-number"),
        pytest.param(
            "某县水务局\n" + TITLE + REST.replace("我局已作安排。", "按某政发8号文件要求，我局已作安排。"),
            id="in-prose",
        ),
    ],
)  # fmt: skip
def test_no_number(text: str) -> None:
    assert parse_text(text).doc_number is None


# The class's letter after the number, apart by a gap the view drops (one blank or two) or
# keeps (a wide one): the number is the letter's and the letter its class, as after a number
# with its year (review59a: fix82 read no number and no class where the view dropped it).
@pytest.mark.parametrize("gap", [" ", "  ", "      "], ids=["one", "two", "wide"])
def test_the_class_after_a_gap(gap: str) -> None:
    letter = parse_text(f"某水函27号{gap}B\n某县水务局\n" + TITLE + REST)
    assert letter.doc_number is not None and letter.doc_number.text == "某水函27号"
    assert letter.handling_type == "B"
    assert letter.title == OWN_TITLE
