"""A 办理单 or a page's form flattened onto one line with nothing between its lines: its
cells written whole in square brackets (``[办理类型标注（B）][是否同意公开（是）]``), its
heading naming the item with the form's rows glued after it (``第8号某某路灯维修建议
建议号：第8号提案人：王某…``), and its last row's label with its colon and the reply's title
glued to it (``办理情况：某局关于…``) each stand on a line of their own, so the title is read
as it is where the lines are kept. Tidy letters, and a sentence holding a label, are left
alone."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于对县九届人大三次会议第8号建议的答复"
AUTH_TITLE = "某县水务局关于某县第九届人大三次会议第8号建议的答复函"
SALUTE = "王某某代表："
BODY = (
    "您提出的关于维修某村路灯的建议收悉，现答复如下：我局已安排专人查看，年内完成维修。"
    "感谢您对水务工作的关心和支持。"
)
CLOSE = "某县水务局2023年6月25日"


def _read(text: str) -> tuple[str | None, str | None, object]:
    record = parse_text(text)
    number = record.proposal.number if record.proposal else None
    return record.title, number, record.public


BRACKETED = [
    pytest.param(
        "[办理类型标注（B）][是否同意公开（是）]" + TITLE + SALUTE + BODY + CLOSE,
        (TITLE, "8", True),
        id="two-cells-then-title",
    ),
    pytest.param(
        "【是否同意公开（是）】" + TITLE + SALUTE + BODY + CLOSE,
        (TITLE, "8", True),
        id="full-width-bracket",
    ),
    pytest.param(
        "[办理类型标注（B）]" + "某建字〔2023〕8号签发人：张某" + TITLE + SALUTE + BODY + CLOSE,
        (TITLE, "8", None),
        id="cell-then-number-and-signer",
    ),
]


@pytest.mark.parametrize(("text", "want"), BRACKETED)
def test_bracketed_cells_glued_before_the_title(text: str, want: tuple) -> None:
    assert _read(text) == want


FORM = (
    "第8号 某村路灯维修建议"
    "建议号：第8号提案人：王某某内容：某村路灯损坏多年，夜间出行不便。"
    "承办单位：水务局交办日期：2023年3月2日办理情况："
)


def test_form_heading_and_rows_glued_before_the_title() -> None:
    title, number, _ = _read(FORM + AUTH_TITLE + SALUTE + BODY + CLOSE)
    assert (title, number) == (AUTH_TITLE, "8")


def test_form_last_row_colon_then_title_alone() -> None:
    # the form's last row glued to the title, the rows before it on lines of their own
    text = "建议号：第8号\n提案人：王某某\n办理情况：" + AUTH_TITLE + "\n" + SALUTE + "\n" + BODY
    assert _read(text)[0] == AUTH_TITLE


KEPT = [
    # a tidy letter: each line its own
    pytest.param(
        "[办理类型标注（B）]\n[是否同意公开（是）]\n" + TITLE + "\n" + SALUTE + "\n" + BODY,
        TITLE,
        id="tidy-cells",
    ),
    # a title with no form before it
    pytest.param(AUTH_TITLE + SALUTE + BODY + CLOSE, AUTH_TITLE, id="title-first"),
    # brackets that hold no form's label stay the title's words
    pytest.param(
        "[转载]" + TITLE + SALUTE + BODY + CLOSE,
        None,
        id="bracket-no-label",
    ),
]


@pytest.mark.parametrize(("text", "title"), KEPT)
def test_tidy_or_unlabelled_left_alone(text: str, title: str | None) -> None:
    got = _read(text)[0]
    if title is None:
        assert got is not None and got.endswith(TITLE)
    else:
        assert got == title


def test_one_label_in_a_sentence_is_no_form() -> None:
    # a heading with one label after it and prose: no form's rows, the line kept as read
    text = "某村路灯维修情况说明联系人：王某某，电话0000-0000000。" + SALUTE + BODY
    before = parse_text(text)
    assert before.title is None or "联系人" not in (before.title or "")
