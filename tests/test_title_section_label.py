"""A page section's label over the reply naming no subject, a kind and a reply's word alone
(``提案答复``, between the proposal's copy and the reply: dev23 round), is no title (layout):
the letter then has none; the kind is read from the letter. A year alone over the title is
no line of it either (``2019年``, a column's). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "{top}\n王某等代表：\n你们在镇一次党代会上提出的《关于整修某村水渠的提案》已收悉，"
    "现答复如下：\n我镇已将该水渠列入明年整修计划。\n桐溪县某镇人民政府\n2024年5月20日\n"
)


@pytest.mark.parametrize(
    "label", ["提案答复", "建议答复", "代表建议答复", "提案办理答复", "议案回复", "委员提案复函"]
)
def test_a_section_label_is_no_title(label: str) -> None:
    record = parse_text(LETTER.format(top=label), keywords=False)
    assert record.title is None
    assert record.proposal is not None
    assert (record.proposal.kind, record.proposal.title) == ("提案", "关于整修某村水渠的提案")


@pytest.mark.parametrize(
    "title", ["关于整修某村水渠提案的答复", "对第5号提案的答复", "2019年第5号提案答复"]
)
def test_a_title_with_a_subject_stays(title: str) -> None:
    assert parse_text(LETTER.format(top=title), keywords=False).title == title


def test_a_year_alone_over_the_title_is_no_line_of_it() -> None:
    top = "2019年\n关于整修某村水渠提案的答复"
    assert parse_text(LETTER.format(top=top), keywords=False).title == "关于整修某村水渠提案的答复"
