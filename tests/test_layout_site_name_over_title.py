"""A web site's name alone on the page's top line (``某某资讯网``, ``某某在线网站``, ``某某官网``)
right over the letter's whole title, no blank line between: the banner of the page that
carried the letter, header, no part of the title (mirror57: an earlier round glued it to
the title where no blank line parted them). A title broken after its words' 网 opens with
关于 or 对 and stays the title. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "钱某代表：\n　　您提出的建议收悉，现答复如下：\n　　我部已作安排。\n某省交通运输厅\n2022年3月9日\n"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        pytest.param("百味饮食资讯网\n对第77号建议的答复\n", "对第77号建议的答复", id="site-over-dui"),
        pytest.param("百味在线网站\n关于第77号建议的答复\n", "关于第77号建议的答复", id="site-word"),
        pytest.param("百味官网\n关于加快修建某村便桥\n的建议的答复\n", "关于加快修建某村便桥的建议的答复",
                     id="over-a-broken-title"),
    ],
)  # fmt: skip
def test_the_site_name_is_no_part_of_the_title(head: str, title: str) -> None:
    assert parse_text(head + BODY).title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        pytest.param("关于加强农村电网\n改造的建议的答复\n", "关于加强农村电网改造的建议的答复",
                     id="a-title-broken-after-wang"),
        pytest.param("百味饮食资讯网\n", "百味饮食资讯网", id="no-title-under-it"),
    ],
)  # fmt: skip
def test_other_lines_ending_in_wang_stay(head: str, title: str) -> None:
    assert parse_text(head + BODY).title == title
