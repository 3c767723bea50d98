"""A salutation written without its colon where an archive's damage leaves it (pert67).

At the end of a flattened head's line, the opening on the line under it (``某函〔2031〕5号
王某代表`` / ``您提出的…``): the re-segmenter reads the names as the salutation when a blank,
a 发文字号, a closing bracket or a bar sets them apart from the header before them and the
line under them opens as the reply does (您, 你们, 提出的…). Alone on its line, the names
may follow a list's bullet or a copy's mark for a lost character (``•王某代表``,
``?王某代表``), may be masked with a typist's lower-case letters (``xx委员``), and a title
broken before its ``代表建议`` (``对某省某届人大某次会议代表``) is no salutation. Each reads as
with its colon. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于某区一届三次会议第54号建议的答复"
REST = """首先感谢您对我区工作的关心。我局已作安排。
某区某局
2031年5月13日
"""


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in parse_text(text, keywords=False).addressees]


@pytest.mark.parametrize(
    ("head", "opening", "names"),
    [
        pytest.param(
            "某交建〔2031〕18号 黄某某代表",
            "您在区人大会议上提出的建议收悉，现答复如下：",
            [("黄某某", "代表")],
            id="after-doc-number",
        ),
        pytest.param(
            "某民办字〔2031〕10号 签发人：赵某某 刘某代表",
            "提出的建议收悉，现答复如下：",
            [("刘某", "代表")],
            id="after-signer-label",
        ),
        pytest.param(
            "某财复字〔2031〕4号 签发人：钱某某 尊敬的李某某、周某某等代表",
            "提出的建议已收悉，现答复如下：",
            [("李某某", "代表"), ("周某某", "代表")],
            id="opener-and-list",
        ),
        pytest.param(
            "释义 | 王某英、王某琴委员",
            "提出的提案收悉。现答复如下：",
            [("王某英", "委员"), ("王某琴", "委员")],
            id="after-bar",
        ),
    ],
)
def test_names_ending_a_flattened_head_line(
    head: str, opening: str, names: list[tuple[str, str]]
) -> None:
    bare = f"{TITLE}\n{head}\n{opening}{REST}"
    assert _names(bare) == names
    colon = f"{TITLE}\n{head}：{opening}{REST}"
    assert _names(colon) == names


def test_a_head_line_ending_with_names_but_no_opening_under_it() -> None:
    # (a line under them that is no opening: the names are no salutation of this reading)
    text = f"{TITLE}\n某交建〔2031〕18号 黄某某代表\n近年来，我局开展了工作。\n{REST}"
    assert _names(text) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("•黄某某代表", [("黄某某", "代表")], id="bullet"),
        pytest.param("  • 黄某某代表", [("黄某某", "代表")], id="bullet-blanks"),
        pytest.param("?黄某代表", [("黄某", "代表")], id="lost-mark"),
        pytest.param("xx委员", [("xx", "委员")], id="lower-case-mask"),
    ],
)
def test_a_line_of_names_alone(line: str, names: list[tuple[str, str]]) -> None:
    text = f"{TITLE}\n{line}\n您提出的建议收悉，现答复如下：\n{REST}"
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == names
    assert letter.title == TITLE


def test_a_title_broken_before_its_item_is_no_salutation() -> None:
    text = "\n\n".join(
        [
            "对某省三届人大五次会议代表",
            "建议第2052号的答复",
            "李某民代表",
            "您提出的关于某事的建议收悉。" + REST,
        ]
    )
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("李某民", "代表")]
    assert letter.title == "对某省三届人大五次会议代表建议第2052号的答复"
