"""A page's cells left empty, one a line, between the page's heading and the letter's
salutation (``作者：`` / ``来自：`` / ``时间：2024-10-18``): chrome, none of them the 主送
line. ``来自：`` was no page label: read as the salutation (addressee 来自, role null),
the real salutation under it never read, and the page's date counted as a date of the
letter. The same for the other labels of a page's byline (出处, 发布者, 供稿, 稿源, and 编辑 left empty).
A letter's own line that only holds 来自 stays. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line

TITLE = "关于对区政协一届二次会议第033号提案的答复"
SALUTATION = "王某某 李某 赵 某 钱某某委员："
LETTER = """您们提出的提案《关于某路改造的建议》已收悉，现答复如下：
我局将认真研究，尽快推进。
联系人：王某 联系电话：0000-5550123
某区某局
2024年10月18日
"""
PEOPLE = [("王某某", "委员"), ("李某", "委员"), ("赵某", "委员"), ("钱某某", "委员")]


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in chrome_lines(lines)}


@pytest.mark.parametrize("line", ["来自：", "来自:", "来自：某区某局"])
def test_a_pages_from_cell_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param(["作者：", "来自：", "时间：2024-10-18"], id="author-from-time"),
        pytest.param(["作者:", "来自:", "时间:2024-10-18"], id="half-width-colons"),
        pytest.param(["来自：", "时间：2024-10-18"], id="from-time"),
        pytest.param(["来自："], id="from-alone"),
        pytest.param(["作者：", "来自："], id="author-from"),
        pytest.param(["来自：某区某局", "时间：2024-10-18"], id="from-with-value"),
        # the other labels a page's byline writes (出处, 发布者, 供稿, 稿源, and 编辑 left empty), left empty
        *(
            pytest.param(["作者：", f"{label}：", "时间：2024-10-18"], id=f"byline-{label}")
            for label in ("出处", "发布者", "供稿", "稿源", "编辑")
        ),
    ],
)
def test_empty_page_cells_over_the_salutation_are_no_salutation(cells: list[str]) -> None:
    text = "\n".join([TITLE, *cells, SALUTATION, LETTER])
    assert _chrome(text) == set(cells)
    letter = parse_text(text)
    assert letter.title == TITLE
    assert letter.salutation == SALUTATION
    assert [(a.name, a.role) for a in letter.addressees] == PEOPLE
    assert [d.value for d in letter.dates] == ["2024-10-18"]
    assert letter.dates[0].text == "2024年10月18日"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("经了解，该意见来自：某村群众反映。", id="in-a-sentence"),
        pytest.param("资金来自：省财政补助", id="after-words"),
        pytest.param("来自群众的意见，我局高度重视", id="no-colon"),
    ],
)
def test_a_letters_line_with_from_stays(line: str) -> None:
    text = "\n".join([TITLE, SALUTATION, LETTER.replace("我局将", f"{line}\n我局将")])
    assert line not in _chrome(text)
    assert [(a.name, a.role) for a in parse_text(text).addressees] == PEOPLE
