"""A person's name letter-spaced to fill a table's cell (``吴 某 某``, ``王  芳``, ``王　芳``) is
one name to the closing: a contact table's next row, a name before closing labels and a
leader's post and name keep the closing, its signature and its contacts."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import name_parts
from replyparse.textview import TextView

HEAD = (
    "关于县十七届人大二次会议第23号建议的答复\n\n"
    "周某代表：\n　　您提出的《关于改善乡村道路的建议》收悉。现答复如下：\n"
    "　　一、加快道路改造。今年投入资金300万元。\n"
    "　　感谢您对交通工作的关心和支持。\n\n"
    "　　　　　　　　　　　　　　　　某县交通运输局\n"
    "　　　　　　　　　　　　　　　　2024年5月10日\n"
)

# (the closing's contact lines, the contacts read)
PADDED_ROWS = [
    pytest.param("联系人：周 某 某          联系电话：0851-86612345\n"
                 "        吴 某 某                  13900005566\n",
                 [("周某某", "0851-86612345"), ("吴某某", "13900005566")], id="three-spaced"),
    pytest.param("联系人：田某某    联系电话：0851-86612345\n"
                 "        王  芳        13900005566\n",
                 [("田某某", "0851-86612345"), ("王芳", "13900005566")], id="two-spaces"),
    pytest.param("联系人：田某某    联系电话：0851-86612345\n"
                 "　　　　王　芳　　　　13900005566\n",
                 [("田某某", "0851-86612345"), ("王芳", "13900005566")], id="ideographic"),
    pytest.param("联系人：田某某    联系电话：0851-86612345\n"
                 "        孙 丽 娟    (0851)86654321\n",
                 [("田某某", "0851-86612345"), ("孙丽娟", "0851-86654321")],
                 id="bracketed-code"),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "contacts"), PADDED_ROWS)
def test_a_padded_name_keeps_the_row_and_the_signature(
    rows: str, contacts: list[tuple[str, str]]
) -> None:
    record = parse_text(HEAD + rows + "抄送：县人大常委会选工委，县政府办公室。\n")
    assert [(c.name, c.phone) for c in record.contacts] == contacts
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert record.cc == ["县人大常委会选工委", "县政府办公室"]


# (a line, its parts as the closing reads them)
PARTS = [
    pytest.param("吴 某 某      13900005566", ["吴某某", "13900005566"], id="spaced"),
    pytest.param("王  芳    13900005566", ["王芳", "13900005566"], id="two-spaces"),
    pytest.param("王\u3000芳\u3000\u300013900005566", ["王芳", "13900005566"], id="ideographic"),
    pytest.param("某县某局 某县某局  2024年5月10日", ["某县某局", "某县某局", "2024年5月10日"],
                 id="near-words-stay-apart"),
    pytest.param("吴    某    13900005566", ["吴", "某", "13900005566"], id="near-wide-gap"),
    pytest.param("吴\t某  13900005566", ["吴", "某", "13900005566"], id="near-tab"),
    pytest.param("局长 王 13900005566", ["局长", "王", "13900005566"], id="near-one-hanzi-after-word"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "parts"), PARTS)
def test_name_parts(line: str, parts: list[str]) -> None:
    view = TextView(line + "\n")
    assert [p.text for p in name_parts(view, view.content_lines[0])] == parts
    assert all(
        view.norm[p.start : p.end] == p.text for p in name_parts(view, view.content_lines[0])
    )
