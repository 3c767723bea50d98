"""A letter flattened onto one line with nothing between its lines: a section heading
glued to its paragraph ends where a body named by its place and kind opens a report of
what it did (``市政协高度重视…``, ``县农业农村局积极…``), also a heading written as two
clauses and a comma (``一、镇领导包片督办，切实压实工作责任县农业农村局积极…``). An item
that is a sentence (the body named right after the comma, or no body reporting at all)
keeps its words; a tidy letter keeps its headings.
"""

from __future__ import annotations

import pytest

from snippets import glued, section_headings

HEAD = "丁县农业农村局关于县政协四届三次会议第21号提案的答复\n孙某某委员：\n您提出的提案收悉，现答复如下：\n"
TAIL = "感谢您对农业农村工作的关心。\n丁县农业农村局\n2099年8月9日\n"


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("镇领导包片督办，切实压实工作责任", "县农业农村局积极对接各镇，逐村核实灌溉需求。"),
        ("领导带头调研，推动问题解决", "县政府高度重视渠道改造，两次召开专题会议。"),
        ("压实部门管护责任", "县水利局始终把渠道维护列入年度计划，按季度检查。"),
    ],
)
def test_heading_ends_before_a_named_body_reporting(heading: str, paragraph: str) -> None:
    tidy = HEAD + "一、" + heading + "\n" + paragraph + "\n" + TAIL
    assert section_headings(tidy) == [heading]
    assert section_headings(glued(tidy)) == [heading]


@pytest.mark.parametrize(
    "item",
    [
        "加强组织领导，县政府高度重视渠道改造工作。",  # the body opens the second clause
        "加强组织领导，确保渠道改造工作按期完成。",  # no body reporting
    ],
)
def test_item_that_is_a_sentence_keeps_its_words(item: str) -> None:
    tidy = HEAD + "一、" + item + "\n我局已安排专人跟进。\n" + TAIL
    assert section_headings(glued(tidy)) == section_headings(tidy)
