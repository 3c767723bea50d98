"""A mirror's tag of the province a document comes from, in square or lenticular brackets
before the title (``[福建]某省某厅关于…的答复``, ``【北京市】…``; ``data/provinces.txt``),
also after a title cell's label (``文件名称：[福建]…``), is the site's filing, no word of
the title (fix99: an earlier round kept the tag, dev99). A bracket naming anything else, or
a tag before no title's first words, stays. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = """王某代表：
您提出的《关于加快某某公路改造的建议》收悉。现答复如下：
该路段已列入计划。
感谢您对交通运输工作的关心和支持！"""
SIGNED = LETTER + "\n某某厅\n2031年5月9日"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        pytest.param(
            "[江西]江西省某某厅关于省某届人大某次会议第88号建议的答复",
            "江西省某某厅关于省某届人大某次会议第88号建议的答复",
            id="square",
        ),
        pytest.param(
            "【北京市】北京市某某局关于市某届人大某次会议第88号建议的答复",
            "北京市某某局关于市某届人大某次会议第88号建议的答复",
            id="lenticular-with-shi",
        ),
        pytest.param(
            "［广西］关于自治区某届人大某次会议第88号建议的答复",
            "关于自治区某届人大某次会议第88号建议的答复",
            id="full-width-before-guanyu",
        ),
        pytest.param(
            "[内蒙古自治区]内蒙古自治区某某厅关于第88号建议的答复",
            "内蒙古自治区某某厅关于第88号建议的答复",
            id="autonomous-region",
        ),
        pytest.param(
            "文件名称：[江西]江西省某某厅关于省某届人大某次会议第88号建议的答复",
            "江西省某某厅关于省某届人大某次会议第88号建议的答复",
            id="after-title-cell-label",
        ),
    ],
)
def test_a_province_tag_is_no_part_of_the_title(line: str, title: str) -> None:
    letter = parse_text(f"{line}\n{SIGNED}")
    assert letter.title == title
    assert letter.proposal.number == "88"


def test_the_title_still_names_the_issuer_past_the_tag() -> None:
    letter = parse_text(f"[江西]江西省某某厅关于省某届人大某次会议第88号建议的答复\n{LETTER}")
    assert letter.issuer == "江西省某某厅"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a bracket naming no province
        pytest.param(
            "[某某]关于第88号建议的答复", "[某某]关于第88号建议的答复", id="not-a-province"
        ),
        # a tag before no title's first words
        pytest.param("[江西]", "[江西]", id="tag-alone"),
    ],
)
def test_other_brackets_stay(line: str, title: str) -> None:
    assert parse_text(f"{line}\n{SIGNED}").title == title
