"""A form whose last cell holds the reply (``办理情况`` / ``答复内容`` alone on its line) and
the reply's salutation under it written without its colon (``周小岚代表`` over ``您提出的…``):
the salutation, as it is with its colon, never the cell's value (an earlier reading ate the
line as the value and read no addressee; pert66). So with the row's label and colon on the
salutation's line (``办理情况：周小岚代表``). A cell's value that opens no reply stays the
form's. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = [
    "某县住建局关于县九届人大二次会议第41号代表建议的答复",
    "代表建议承办表",
    "案由",
    "关于加强乡村道路养护的建议",
    "承办单位",
    "某县住建局",
]
BODY = [
    "您提出的《关于加强乡村道路养护的建议》收悉，现答复如下：",
    "我局高度重视，已安排专项资金。",
    "感谢您对住建工作的支持。",
    "某县住建局",
    "2099年6月8日",
]


def _letter(cell: str, salutation: str) -> str:
    return "\n\n".join([*HEAD, cell, salutation, *BODY]) + "\n"


@pytest.mark.parametrize("cell", ["办理情况", "答复内容"])
@pytest.mark.parametrize(
    ("salutation", "expected"),
    [
        pytest.param("周小岚代表", [("周小岚", "代表")], id="one"),
        pytest.param("周小岚、郑大川代表", [("周小岚", "代表"), ("郑大川", "代表")], id="two"),
    ],
)
def test_the_reply_cells_salutation_without_its_colon(
    cell: str, salutation: str, expected: list[tuple[str, str]]
) -> None:
    bare = parse_text(_letter(cell, salutation), keywords=False)
    colon = parse_text(_letter(cell, salutation + "："), keywords=False)
    assert [(a.name, a.role) for a in bare.addressees] == expected
    assert bare.salutation == salutation
    assert bare.title == colon.title
    assert bare.proposal.title == colon.proposal.title


def test_a_cells_value_over_no_reply_stays_the_forms() -> None:
    # the lead deputy's cell over the next cell's label: no opening under it
    text = "\n\n".join([*HEAD[:4], "领衔代表", "周小岚代表", "承办单位", "某县住建局", *BODY])
    assert parse_text(text, keywords=False).salutation is None


@pytest.mark.parametrize("label", ["办理情况：", "答复内容："])
def test_the_rows_value_on_its_line_is_the_salutation(label: str) -> None:
    rows = ["案由：", "关于加强乡村道路养护的建议", "提案者：周小岚", "承办单位：某县住建局"]
    bare = parse_text("\n".join([*rows, label + "周小岚代表", *BODY]), keywords=False)
    colon = parse_text("\n".join([*rows, label + "周小岚代表：", *BODY]), keywords=False)
    assert [(a.name, a.role) for a in bare.addressees] == [("周小岚", "代表")]
    assert bare.salutation == "周小岚代表"
    assert bare.proposal.title == colon.proposal.title
    assert bare.title == colon.title


def test_a_rows_value_over_no_reply_stays_the_forms() -> None:
    rows = ["案由：", "关于加强乡村道路养护的建议", "领衔代表：周小岚代表", "承办单位：某县住建局"]
    assert parse_text("\n".join([*rows, *BODY]), keywords=False).salutation is None


@pytest.mark.parametrize("label", ["办理情况：", "答复内容："])
@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(["案由：关于加强乡村道路养护的建议", "承办单位：某县住建局"], id="cause"),
        pytest.param(["建议编号：第41号", "领衔代表：周小岚", "承办单位：某县住建局"], id="number"),
    ],
)
def test_the_rows_value_under_the_title_first_is_the_salutation(
    label: str, rows: list[str]
) -> None:
    # small67: the title over the form's rows, the reply's row last over the opening
    bare = parse_text("\n".join([HEAD[0], *rows, label + "周小岚代表", *BODY]), keywords=False)
    colon = parse_text("\n".join([HEAD[0], *rows, label + "周小岚代表：", *BODY]), keywords=False)
    assert [(a.name, a.role) for a in bare.addressees] == [("周小岚", "代表")]
    assert bare.salutation == "周小岚代表"
    assert bare.title == colon.title == HEAD[0]
    assert bare.proposal.title == colon.proposal.title


def test_a_rows_value_under_the_title_over_no_reply_stays_the_forms() -> None:
    rows = ["案由：关于加强乡村道路养护的建议", "领衔代表：周小岚代表", "承办单位：某县住建局"]
    text = "\n".join([HEAD[0], *rows, "我局高度重视，已安排专项资金。", *BODY[2:]])
    assert parse_text(text, keywords=False).salutation is None


@pytest.mark.parametrize("label", ["案由：", "建议名称："])
@pytest.mark.parametrize("salutation", ["办理情况：周小岚代表", "周小岚代表："])
def test_a_proposal_title_under_its_label_left_alone_with_its_colon_is_no_title(
    label: str, salutation: str
) -> None:
    # review67: the title first, the proposal's title under its label alone with its colon
    # (案由： / 关于…的建议): the form's cell, the title the reply's line above (an earlier
    # reading took the cell's value for the title, with the row's salutation or its own)
    rows = [HEAD[0], label, "关于加强乡村道路养护的建议", "承办单位：某县住建局"]
    letter = parse_text("\n".join([*rows, salutation, *BODY]), keywords=False)
    assert letter.title == HEAD[0]
    assert letter.proposal is not None
    assert letter.proposal.title == "关于加强乡村道路养护的建议"
    assert [(a.name, a.role) for a in letter.addressees] == [("周小岚", "代表")]
