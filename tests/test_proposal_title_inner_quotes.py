"""A proposal's title that holds quotes of its own (dev63): a term quoted inside an unquoted
title with no 关于 (``您提出的加快“某某”工程建设的建议收悉``: the run whole, not the term); a
quoted title whose outer quote lost one of its marks (``“关于解决“某某难问题的建议”``,
``“加快“某某”工程建设的建议（第9号）收悉``: the outer run, not the inner quote); a title in
straight quotes that quotes a term in straight quotes (``"关于解决"某某"问题的建议"``).
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_END = "\n我局高度重视，已组织调研。\n感谢您的关心。\n壬县农业农村局\n2099年5月6日\n"


def _title(text: str) -> str | None:
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    return None if letter.proposal is None else letter.proposal.title


def _opening(opening: str) -> str:
    return f"钱某代表：\n{opening}{_END}"


@pytest.mark.parametrize(
    "opening, title",
    [
        pytest.param(
            "您提出的加快“青石古道”保护利用的建议收悉，现答复如下：",
            "加快“青石古道”保护利用的建议",
            id="term-inside-an-asked-run",
        ),
        pytest.param(
            "您提出的“十四五”期间加快某镇污水管网建设的建议收悉，现答复如下：",
            "“十四五”期间加快某镇污水管网建设的建议",
            id="term-opens-the-run-words-after-it",
        ),
        pytest.param(
            "您提出的把秸秆还田纳入“东坡片区和西坡片区两处高标准农田示范区”的建议收悉。",
            "把秸秆还田纳入“东坡片区和西坡片区两处高标准农田示范区”的建议",
            id="a-term-of-twenty-characters",
        ),
        pytest.param(
            "您提出的关于推进“青石古道”保护利用的建议收悉。",
            "关于推进“青石古道”保护利用的建议",
            id="about-led-as-before",
        ),
        # near misses: the quote is the title
        pytest.param(
            "您提出的“加强青石古道保护”建议收悉。", "加强青石古道保护", id="quote-then-kind-word"
        ),
        pytest.param("您提出的关于“青石古道”的建议收悉。", "青石古道", id="about-quote-kind-word"),
    ],
)
def test_a_term_quoted_inside_an_unquoted_title(opening: str, title: str) -> None:
    assert _title(_opening(opening)) == title


@pytest.mark.parametrize(
    "opening, title",
    [
        pytest.param(
            "您提出的“关于解决“停车难问题的建议”收悉。",
            "关于解决“停车难问题的建议",
            id="inner-closing-mark-lost",
        ),
        pytest.param(
            "您提出的“加快“青石古道”保护利用的建议（第9号）收悉。",
            "加快“青石古道”保护利用的建议",
            id="outer-closing-mark-lost-no-about",
        ),
        pytest.param(
            "您提出的“关于解决“停车难”问题的建议收悉。",
            "关于解决“停车难”问题的建议",
            id="outer-closing-mark-lost-about",
        ),
        pytest.param(
            "您提出的“关于解决“停车难”问题的建议”收悉。",
            "关于解决“停车难”问题的建议",
            id="both-whole-as-before",
        ),
        pytest.param(
            '您提出的"关于解决"停车难"问题的建议"收悉。',
            '关于解决"停车难"问题的建议',
            id="straight-quotes-nested",
        ),
        pytest.param(
            '您提出的"关于解决"停车难"问题"的建议收悉。',
            '关于解决"停车难"问题',
            id="straight-quotes-nested-kind-word-after",
        ),
        # near misses: two titles in straight quotes are two; a lone mark past a sentence's
        # end opens nothing
        pytest.param(
            '您提出的"关于甲村修路的建议"和"关于乙村修桥的建议"收悉。',
            "关于甲村修路的建议",
            id="two-straight-quoted-titles",
        ),
        pytest.param(
            "此前“群众来信已转交。您提出的“关于解决停车难问题的建议”收悉。",
            "关于解决停车难问题的建议",
            id="lone-mark-in-an-earlier-sentence",
        ),
    ],
)
def test_a_quoted_title_holding_a_quote_of_its_own(opening: str, title: str) -> None:
    assert _title(_opening(opening)) == title
