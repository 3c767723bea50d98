"""An unquoted ``关于…`` title followed by the letter's word for the item after 的
(您提出的关于增设公交站点的建议的提案收悉): the title ends at its own kind word, the word
after it is the item's kind, as when the title is quoted (《关于…的建议》的提案) or the
word is glued on (…的建议提案). A kind word inside the title still ends nothing, nor
does one that is the subject's own noun (关于重视群众建议的提案).
Snippets written for these tests; names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text


def _letter(opening: str, title: str = "关于政协提案的答复") -> str:
    return (
        f"某县住房和城乡建设局\n\n{title}\n\n周某委员：\n\n{opening}\n\n"
        "一、加快站点建设\n我局已将站点纳入年度计划。\n\n某县住房和城乡建设局\n2022年7月8日\n"
    )


# (opening or title line, title line, (kind, title))
READ = {
    "before-received": (
        "您提出的关于增设公交站点的建议的提案收悉，现答复如下：",
        "关于政协提案的答复",
        ("提案", "关于增设公交站点的建议"),
    ),
    "before-handing-over": (
        "您提出的关于增设公交站点的建议的提案，已交我局办理，现答复如下：",
        "关于政协提案的答复",
        ("提案", "关于增设公交站点的建议"),
    ),
    "before-handling": (
        "现将您提出的关于增设公交站点的建议的提案办理情况答复如下：",
        "关于政协提案的答复",
        ("提案", "关于增设公交站点的建议"),
    ),
    "motion-answered-as-suggestion": (
        "你们提出的关于修缮东门老街的议案的建议已收悉，现答复如下：",
        "关于人大建议的答复",
        ("建议", "关于修缮东门老街的议案"),
    ),
    "kind-word-inside-the-title": (
        "您提出的关于清理河道和建议增设护栏的建议的提案收悉，现答复如下：",
        "关于政协提案的答复",
        ("提案", "关于清理河道和建议增设护栏的建议"),
    ),
    "in-the-title-line": (
        "您的来信收悉，现答复如下：",
        "关于增设公交站点的建议的提案的答复",
        ("提案", "关于增设公交站点的建议"),
    ),
    "commas-inside-then-handing-over": (
        "您提出的关于增加夜班车次，延长线路的建议的提案，已交我局办理，现答复如下：",
        "关于政协提案的答复",
        ("提案", "关于增加夜班车次，延长线路的建议"),
    ),
    "asked-phrase-without-about": (
        "您提出的改善城北村道照明条件的建议的提案收悉，现答复如下：",
        "关于政协提案的答复",
        ("提案", "改善城北村道照明条件的建议"),
    ),
    "quoted-term-inside": (
        "您提出的关于规范“菜篮子”摊位的建议的提案收悉，现答复如下：",
        "关于政协提案的答复",
        ("提案", "关于规范“菜篮子”摊位的建议"),
    ),
}

# Titles that end in a single kind word keep it, whatever the word after (none or 的 and
# no kind word).
KEPT = {
    "single-kind-word": (
        "您提出的关于增设公交站点的提案收悉，现答复如下：",
        ("提案", "关于增设公交站点的提案"),
    ),
    "quoted-with-item-word": (
        "您提出的《关于增设公交站点的建议》的提案收悉，现答复如下：",
        ("提案", "关于增设公交站点的建议"),
    ),
    "glued-item-word": (
        "您提出的关于增设公交站点的建议提案收悉，现答复如下：",
        ("提案", "关于增设公交站点的建议"),
    ),
    # a kind word that is the subject's own noun, not the title's ending after 的
    "noun-then-item-word": (
        "您提出的关于重视群众建议的提案收悉，现答复如下：",
        ("提案", "关于重视群众建议的提案"),
    ),
    "motion-as-noun": (
        "您提出的关于完善议案的提案收悉，现答复如下：",
        ("提案", "关于完善议案的提案"),
    ),
    "noun-then-same-word": (
        "您提出的关于加快办理代表建议的建议收悉，现答复如下：",
        ("建议", "关于加快办理代表建议的建议"),
    ),
    "asked-phrase-noun-then-item-word": (
        "您提出的重视基层群众建议的提案收悉，现答复如下：",
        ("提案", "重视基层群众建议的提案"),
    ),
    "kind-word-then-its-handling": (
        "您提出的关于增设公交站点的建议的办理情况答复如下：",
        ("建议", "关于增设公交站点的建议"),
    ),
}


def _read(text: str) -> tuple[str | None, str | None]:
    proposal = parse_text(text, keywords=False).proposal
    assert proposal is not None
    return proposal.kind, proposal.title


@pytest.mark.parametrize("name", sorted(READ))
def test_the_word_after_the_title_is_the_items_kind(name: str) -> None:
    place, title, want = READ[name]
    text = _letter(place, title)
    assert _read(text) == want
    # the span of the title holds the title as written
    proposal = parse_text(text, keywords=False).proposal
    assert proposal is not None and proposal.title_span is not None
    start, end = proposal.title_span
    assert text[start:end] == want[1]


@pytest.mark.parametrize("name", sorted(KEPT))
def test_other_titles_keep_their_ending(name: str) -> None:
    opening, want = KEPT[name]
    assert _read(_letter(opening)) == want
