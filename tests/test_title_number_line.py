"""The number of the item answered, alone on a line right above or under the title (a
page's note: ``第56号建议``, ``建议第56号``, ``（第0123号提案）``, ``第56号``, the session
before it): no part of the title, and still the proposal's number, kind and session.
Near-misses: a title broken before its ending right after the number (``对…会议`` /
``第56号建议的答复``, ``…会议第56号建议`` / ``的答复``, ``…会议第56号`` / ``建议的答复``), a
发文字号 line, a line of words.
Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于加强某某河道治理的建议的答复"
REST = "王某代表：\n您提出的建议收悉，现答复如下：\n感谢您的关心。\n某市水务局\n2024年6月1日\n"


def _read(head: str) -> tuple[str | None, str | None, str | None, str | None]:
    record = parse_text(head + "\n" + REST, keywords=False)
    p = record.proposal
    return (
        record.title,
        p.number if p else None,
        p.kind if p else None,
        p.session if p else None,
    )


NUMBER_LINES = [
    pytest.param(f"第56号建议\n{TITLE}", (TITLE, "56", "建议", None), id="above"),
    pytest.param(f"某市水务局\n第56号\n{TITLE}", (TITLE, "56", "建议", None), id="number-alone"),
    pytest.param(f"建议第56号\n{TITLE}", (TITLE, "56", "建议", None), id="kind-first"),
    pytest.param(f"第56号建议\n\n{TITLE}\n", (TITLE, "56", "建议", None), id="blank-line-between"),
    pytest.param(
        "第0123号提案\n关于加强某某河道治理的提案的答复",
        ("关于加强某某河道治理的提案的答复", "0123", "提案", None),
        id="proposal-leading-zero",
    ),
    pytest.param(f"（第56号建议）\n{TITLE}", (TITLE, "56", "建议", None), id="bracketed"),
    pytest.param(f"{TITLE}\n第56号建议", (TITLE, "56", "建议", None), id="under"),
    pytest.param(
        f"某市水务局\n市十七届人大三次会议第56号建议\n某市水务局{TITLE}",
        ("某市水务局" + TITLE, "56", "建议", "市十七届人大三次会议"),
        id="with-session",
    ),
    pytest.param(f"建议编号：第56号\n{TITLE}", (TITLE, "56", "建议", None), id="labelled"),
]

TITLE_LINES = [
    pytest.param(
        "对市十七届人大三次会议\n第56号建议的答复",
        ("对市十七届人大三次会议第56号建议的答复", "56", "建议", "市十七届人大三次会议"),
        id="broken-before-number",
    ),
    pytest.param(
        "市十七届人大三次会议第56号建议\n的答复",
        ("市十七届人大三次会议第56号建议的答复", "56", "建议", "市十七届人大三次会议"),
        id="broken-after-number",
    ),
    pytest.param(
        "对市十七届人大三次会议第56号建议\n办理情况的答复",
        ("对市十七届人大三次会议第56号建议办理情况的答复", "56", "建议", "市十七届人大三次会议"),
        id="starts-with-dui",
    ),
    pytest.param(
        "对市十七届人大三次会议第56号建议\n“加强河道治理”的答复",
        (
            "对市十七届人大三次会议第56号建议“加强河道治理”的答复",
            "56",
            "建议",
            "市十七届人大三次会议",
        ),
        id="quoted-title-after-number",
    ),
    pytest.param("某水函〔2024〕12号\n" + TITLE, (TITLE, None, "建议", None), id="doc-number-line"),
    # (wrapped before the item's kind word, its tail opening with it: 建议 / 提案 then the
    # reply's words; pert65)
    pytest.param(
        "关于市十七届人大\n三次会议第56号\n建议答复的函",
        ("关于市十七届人大三次会议第56号建议答复的函", "56", "建议", "市十七届人大三次会议"),
        id="wrapped-before-kind-three-lines",
    ),
    pytest.param(
        "关于市十七届人大三次会议第56号\n建议的协办意见",
        ("关于市十七届人大三次会议第56号建议的协办意见", "56", "建议", "市十七届人大三次会议"),
        id="wrapped-before-kind",
    ),
    pytest.param(
        "对县政协九届二次会议第7号\n提案的答复",
        ("对县政协九届二次会议第7号提案的答复", "7", "提案", "县政协九届二次会议"),
        id="wrapped-before-proposal",
    ),
]


@pytest.mark.parametrize(("head", "expected"), NUMBER_LINES + TITLE_LINES)
def test_number_line_is_no_title(head: str, expected: tuple[str | None, ...]) -> None:
    assert _read(head) == expected
