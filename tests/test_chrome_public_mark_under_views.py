"""A page's count of its views on its own line (``浏览次数：12``, ``访问量：3487``, or its
label left empty, ``点击数：``), right over the letter's publication mark (``同意公开``,
``公开``): the mark is the letter's head, its public field, no menu heading of the page's
nor the count's value; the title under it stays the title. A publication label's own value
(``公开方式：`` / ``主动公开``) is read as before. Snippets in our own words, invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于区九届人大四次会议第43号建议的答复"
LETTER = (
    "孙某代表：\n您提出的《关于增设社区养老服务站的建议》收悉，现答复如下。\n"
    "我局已在三个街道试点建设养老服务站，明年将扩大覆盖范围。\n"
    "某区民政局\n2024年4月2日"
)


@pytest.mark.parametrize(
    ("count", "mark", "public"),
    [
        ("浏览次数：12", "同意公开", True),
        ("访问量：3487", "同意公开", True),
        ("点击数：", "公开", True),
        ("点击数：", "同意公开", True),
        ("浏览次数：12", "不予公开", False),
    ],
)
def test_the_mark_under_a_views_count_is_the_letters(count: str, mark: str, public: bool) -> None:
    record = parse_text(f"{count}\n{mark}\n{TITLE}\n{LETTER}")
    assert record.public is public
    assert record.title == TITLE


def test_the_same_lines_glued_into_one() -> None:
    record = parse_text(f"访问量：3487\n同意公开\n{TITLE}{LETTER}".replace("\n", ""))
    assert record.public is True
    assert record.title == TITLE


def test_the_count_alone_never_opens_the_title() -> None:
    for count in ("访问量：3487", "浏览次数：12次"):
        assert parse_text(f"{count}\n{TITLE}\n{LETTER}").title == TITLE
        assert parse_text(f"{count}{TITLE}{LETTER}".replace("\n", "")).title == TITLE


def test_a_publication_labels_value_is_read_as_before() -> None:
    record = parse_text(f"公开方式：\n主动公开\n访问量：3487\n{TITLE}\n{LETTER}")
    assert record.public is True
    assert record.title == TITLE


def test_a_letter_with_no_page_keeps_its_mark() -> None:
    record = parse_text(f"同意公开\n{TITLE}\n{LETTER}")
    assert record.public is True
