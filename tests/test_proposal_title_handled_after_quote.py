"""A reply that names the item by its quoted title with no asking word before it (a 协办
unit writing to the lead unit: 我单位协助贵单位办理的“…”的提案), its kind word after the
quote, then a comma and what is done with it (，经认真办理，现答复如下 / ，已交我局办理):
the quoted part is the proposal's title, as before 收悉. A quote with no kind word after it,
or one whose kind word runs on into a sentence of its own, names no item.
Snippets written for these tests; names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于县政协九届一次会议第23号提案的答复函"
_CLOSE = "感谢贵单位对我们工作的支持。\n青岚县城市管理局\n2031年4月9日\n"
_ITEM = "关于完善城西片区停车设施、缓解停车难题"

READ = {
    "handled-then-answered": f"我局协助贵单位办理的“{_ITEM}”的提案，经认真办理，现答复如下：",
    "researched": f"我局会同办理的“{_ITEM}”提案，经研究，现答复如下：",
    "handed-over": f"市政协交办的“{_ITEM}”的提案，已交我局办理，现将有关情况说明如下：",
    "number-note-between": f"我局协办的“{_ITEM}”（第23号）提案，经认真研究，现答复如下：",
    "book-marks": f"我局协助办理的《{_ITEM}》的提案，经认真办理，现答复如下：",
}  # fmt: skip

# no kind word after the quote, or no comma and handling after the kind word: no title read
# from the quote (the title line names no item's title either)
NOT_READ = {
    "no-kind-word": f"我局协助贵单位办理的“{_ITEM}”工作，经认真办理，现答复如下：",
    "kind-word-in-a-sentence": f"按照“{_ITEM}”的提案要求，经认真办理，现答复如下：",
}  # fmt: skip


def _proposal(opening: str) -> tuple[str | None, str | None]:
    letter = parse_text(f"{_TITLE}\n县政协提案委员会：\n{opening}\n{_CLOSE}", keywords=False)
    assert letter.proposal is not None
    return letter.proposal.kind, letter.proposal.title


@pytest.mark.parametrize("opening", READ.values(), ids=READ.keys())
def test_the_quote_handled_after_its_kind_word_is_the_title(opening: str) -> None:
    assert _proposal(opening) == ("提案", _ITEM)


@pytest.mark.parametrize("opening", NOT_READ.values(), ids=NOT_READ.keys())
def test_no_item_named_so_gives_no_title(opening: str) -> None:
    assert _proposal(opening)[1] is None


# A word quoted inside an unquoted 关于… phrase marks a term there too (decided, review57b):
# the phrase whole is the title before a comma and what is done with it, as before 收悉.
TERMED = {
    "handed-over": ("您提出的关于推广“一窗通办”的提案，已交我局办理。", "关于推广“一窗通办”的提案"),
    "co-handled": (
        "我局协办的关于整治“僵尸车”占道问题的提案，经认真办理，现答复如下：",
        "关于整治“僵尸车”占道问题的提案",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("opening", "title"), TERMED.values(), ids=TERMED.keys())
def test_a_term_inside_an_unquoted_phrase_before_the_comma(opening: str, title: str) -> None:
    assert _proposal(opening) == ("提案", title)
