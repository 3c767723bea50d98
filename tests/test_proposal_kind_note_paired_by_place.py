"""A bracketed note lends its word to the quoted title it stands right after, not to any
title of the opening that ends in the same word: ``《关于…的提案》（第3号建议）及《关于…的
建议》`` has a note that contradicts its own title, so neither title's ending is raised, and
the body's word ranks as it does over a title's ending alone. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TAIL = "感谢您的关心。\n某县人民政府办公室\n2024年6月3日\n"
BODY = "现答复如下：\n接到提案后，我局立即开展排查。\n" + TAIL


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param(
            "您提出的《关于整治村道杆线的提案》（第3号建议）及《关于修缮村小学的建议》收悉，",
            id="note-after-the-first-title",
        ),
        pytest.param(
            "您提出的《关于修缮村小学的建议》及《关于整治村道杆线的提案》（第3号建议）收悉，",
            id="note-after-the-second-title",
        ),
    ],
)
def test_a_note_lends_its_word_only_to_the_title_before_it(opening: str) -> None:
    record = parse_text("钱某委员：\n" + opening + BODY, keywords=False)
    assert record.proposal is not None
    assert record.proposal.kind == "提案"


def test_the_note_right_after_its_title_still_agrees() -> None:
    opening = "您提出的《关于修缮村小学的提案》及《关于整治村道杆线的建议》（第3号建议）收悉，"
    text = "钱某委员：\n" + opening + "现答复如下：\n接到代表提案后，我局立即开展排查。\n" + TAIL
    record = parse_text(text, keywords=False)
    assert record.proposal is not None
    assert record.proposal.kind == "建议"
