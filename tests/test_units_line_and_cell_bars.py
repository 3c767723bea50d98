"""A web copy's table rows with no blanks (|办理类型|B|), and the letter's own line of the
units that answer right over its signature date (snippets written here, names and numbers
invented).

- A label stands between a table's cell borders ``|``, ``｜`` or ``│``: begins after one
  and ends before one (``提案号|35|办理类型|B|``).
- ``主办单位：…  协办单位：…`` with a signature's date alone under it is the letter's own
  line, not a site's footer; the same line above a page's other footer marks, or above
  anything else, stays chrome.
"""

from __future__ import annotations

import pytest

from replyparse.chrome import chrome_lines
from replyparse.labels import labels_on
from replyparse.textview import TextView


def _labels(text: str) -> list[str]:
    view = TextView(text)
    line = view.content_lines[0]
    return [found.entry.spelling for found in labels_on(view, line)]


# (id, row, the labels standing on it)
ROWS = [
    ("two-cells", "提案号|35|办理类型|B|", ["提案号", "办理类型"]),
    ("full-width-bar", "编号｜12｜答复类别｜A类｜", ["编号", "答复类别"]),
    ("box-bar", "文号│某交函〔2024〕3号│公开属性│主动公开", ["文号", "公开属性"]),
]
# (id, text): near misses, no label stands
NOT_ROWS = [
    ("glued-word", "提案号|35|办理类型调整|B|"),
    ("in-word", "此事由|交办单位|转来"),
]


@pytest.mark.parametrize(("row", "labels"), [c[1:] for c in ROWS], ids=[c[0] for c in ROWS])
def test_labels_between_cell_bars(row: str, labels: list[str]) -> None:
    assert [x for x in _labels(row) if x in labels] == labels


@pytest.mark.parametrize("row", [c[1] for c in NOT_ROWS], ids=[c[0] for c in NOT_ROWS])
def test_no_label_glued_in_cell(row: str) -> None:
    assert "办理类型" not in _labels(row) and "事由" not in _labels(row)


_BODY = "关于县政协十一届三次会议第35号提案的答复\n郑某委员：\n您提出的提案收悉。现答复如下：\n一、已列入年度计划。\n"
_UNITS = "主办单位：某县交通运输局    协办单位：某县财政局"

# (id, text, whether the units' line is chrome)
UNITS = [
    ("over-date", _BODY + _UNITS + "\n2024年5月10日\n", False),
    ("over-numeral-date", _BODY + _UNITS + "\n二〇二四年五月十日\n", False),
    ("over-spaced-date", _BODY + _UNITS + "\n\n2024年 5月10日\n", False),
    (
        "site-footer-under-date",
        _BODY + "某县交通运输局\n2024年5月10日\n" + _UNITS + "\n网站标识码：1234567890\n",
        True,
    ),
    ("footer-marks-too", _BODY + _UNITS + "  ICP备12345678号\n2024年5月10日\n", True),
    ("over-page-time", _BODY + _UNITS + "\n2024-05-10 10:20\n", True),
    ("last-line", _BODY + "2024年5月10日\n" + _UNITS + "\n", True),
]


@pytest.mark.parametrize(("text", "chrome"), [c[1:] for c in UNITS], ids=[c[0] for c in UNITS])
def test_units_over_signature_date(text: str, chrome: bool) -> None:
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("主办单位"))
    assert (at in chrome_lines(lines)) is chrome
