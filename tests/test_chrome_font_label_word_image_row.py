"""A page's head whose font tool is labelled with the word for what it sets (``字体显示:``,
``字号设置:``), its sizes lost, over a masked salutation (``周**:``); and a row of the page's
image file names under the letter (``1.jpg 2.jpg 4.jpg``). The label is the page's tool, not
the addressee; the names are no list numbered ``1.`` (fix115, dev115/001). Snippets in our own
words, lined, flattened with blanks and glued."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "对市第九届人大三次会议第207号代表建议的答复"
SALUTATION = "周**:"
BODY = [
    "您在市九届人大三次会议上提出的《关于改善城郊公交线路的建议》收悉,现答复如下:",
    "(一)、今年以来,我局会同公交公司调整了城郊三条线路的发车间隔,高峰时段加密班次。",
    "(二)、关于增设站点的建议,我局已组织实地勘察,拟在年内新增两个停靠站。",
    "青岚市交通运输局",
    "2031年5月10日",
    "(联系人:韩小禾 电话:0000-5550123)",
]


def head(label: str) -> list[str]:
    return [
        "青岚市交通运输局",
        "当前位置 : 首页 > 政府信息公开 > 建议提案办理",
        TITLE,
        "时间:2031-06-07 09:33:00",
        "来源:",
        label,
    ]


@pytest.mark.parametrize("label", ["字体显示:", "字号显示:", "字体设置:", "字体:"])
@pytest.mark.parametrize("joiner", ["\n", " ", ""], ids=["lined", "blank", "glued"])
def test_font_label_over_masked_salutation(label: str, joiner: str) -> None:
    letter = parse_text(joiner.join([*head(label), SALUTATION, *BODY]), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("周**", None)]
    assert letter.salutation == SALUTATION
    assert letter.title == TITLE
    assert letter.proposal.title == "关于改善城郊公交线路的建议"
    assert "关于改善城郊公交线路的建议" not in [r.text for r in letter.references]


@pytest.mark.parametrize(
    "row", ["1.jpg 2.jpg 4.jpg 5.jpg", "1.jpg", "3.png  4.png", "01.jpeg、02.jpeg"]
)
@pytest.mark.parametrize("joiner", ["\n", " ", ""], ids=["lined", "blank", "glued"])
def test_image_names_under_the_letter_are_no_list(row: str, joiner: str) -> None:
    letter = parse_text(
        joiner.join([*head("字体:"), SALUTATION, *BODY, "    " + row]), keywords=False
    )
    assert [(s.marker, s.level) for s in letter.sections] == [("(一)、", 1), ("(二)、", 1)]
    assert [s.children for s in letter.sections] == [[], []]
    assert letter.signature.issuer == "青岚市交通运输局"
    assert letter.signature.date == "2031-05-10"


def test_a_numbered_list_item_naming_a_picture_stays() -> None:
    # (a list item that only mentions a file is prose: the row must be names alone)
    text = "\n".join(
        [
            TITLE,
            "周**:",
            BODY[0],
            "1.请见附图2.jpg所示站点位置。",
            "2.站点将于年内建成。",
            *BODY[3:],
        ]
    )
    letter = parse_text(text, keywords=False)
    assert [s.marker for s in letter.sections] == ["1.", "2."]
