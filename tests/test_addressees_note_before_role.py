"""A note in brackets between a person's name and the role word of a salutation (王某
（民盟）委员：, 王某（第三代表团）代表：), or after each name of a list one role word ends
(王某（民盟）、李某（民进）委员：): which party, sector or delegation the person is of, no
part of the name; and a count in brackets with no 等 (王某（5名）代表：). Snippets written
for these tests; names and units invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于县十六届人大三次会议第8号建议的答复\n"
_OPENING = "您提出的关于整治河道垃圾的建议收悉，现答复如下：\n我局已组织清理。\n"

# (salutation line, [(name, role), …])
READ = {
    "party-before-member": ("张某华（民盟）委员：", [("张某华", "委员")]),
    "party-before-member-half-width": ("张某华(九三学社)委员:", [("张某华", "委员")]),
    "sector-before-member": ("李某某（经济界）委员：", [("李某某", "委员")]),
    "delegation-before-deputy": ("王某（第三代表团）代表：", [("王某", "代表")]),
    "note-blank-before-role": ("王某（某镇代表团） 代表：", [("王某", "代表")]),
    "opener-then-noted-name": ("尊敬的张某华（民盟）委员：", [("张某华", "委员")]),
    "noted-name-then-group": ("张某华（民盟）等3位委员：", [("张某华", "委员")]),
    "each-name-noted-one-role": (
        "张某华（民盟）、李某（民进）委员：",
        [("张某华", "委员"), ("李某", "委员")],
    ),
    "first-name-noted-one-role": (
        "张某华（农工党）、李某委员：",
        [("张某华", "委员"), ("李某", "委员")],
    ),
    "count-in-brackets-no-deng": ("张某（5名）代表：", [("张某", "代表")]),
}

# Near misses: brackets that are part of a name, the role, a count or the co-signers
NOT_READ = {
    "role-in-brackets-stays-role": ("张某华（市人大代表）：", [("张某华", "市人大代表")]),
    "roles-in-brackets-listed": (
        "张某华（市人大代表）、李某（市人大代表）：",
        [("张某华", "市人大代表"), ("李某", "市人大代表")],
    ),
    "count-with-deng": ("张某（等8位）代表：", [("张某", "代表")]),
    "body-with-bracketed-part": ("市工商联（总商会）：", [("市工商联（总商会）", None)]),
    "body-preparatory": ("民盟某市委（筹）：", [("民盟某市委（筹）", None)]),
    # no role word anywhere: the bracket is not known to be a note
    "noted-name-no-role": ("张某华（民盟）：", [("张某华（民盟）", None)]),
    "co-signers-after-role": ("王某委员（并附议人）：", [("王某", "委员")]),
    # a lone 团 or 组 in brackets after 代表 makes the word a delegation's: the body whole
    "delegation-bracketed": ("某镇代表(团)：", [("某镇代表(团)", None)]),
    "delegation-bracketed-full-width": ("某镇代表（团）：", [("某镇代表（团）", None)]),
    "group-bracketed": ("某乡代表（组）：", [("某乡代表（组）", None)]),
}


# A copy that lost its line breaks: the salutation is still cut from the title and the
# opening, the note inside it (title line, salutation as recorded, [(name, role), …])
FLATTENED = {
    "glued-after-title": (
        "关于第8号建议的答复张某华（民盟）委员：",
        "张某华（民盟）委员：",
        [("张某华", "委员")],
    ),
    "glued-after-title-note": (
        "关于第8号建议的答复（主办）张某华（民盟）委员：",
        "张某华（民盟）委员：",
        [("张某华", "委员")],
    ),
    "two-noted-names-glued": (
        "关于第8号建议的答复张某华（民盟）、李某（民进）委员：",
        "张某华（民盟）、李某（民进）委员：",
        [("张某华", "委员"), ("李某", "委员")],
    ),
    # a body whose name holds brackets before another body: the line is not cut inside it
    "body-with-brackets-then-body": (
        "关于第8号建议的答复\n市工商联（总商会）、民建某市委：",
        "市工商联（总商会）、民建某市委：",
        [("市工商联（总商会）", None), ("民建某市委", None)],
    ),
}


def read_salutation(
    salutation: str, opening: str = _OPENING
) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The salutation and the (name, role) of each addressee of a letter with that
    salutation line, under a title and over ``opening``; every span holds its name."""
    letter = parse_text(f"{_TITLE}{salutation}\n{opening}", keywords=False)
    assert letter.text is not None
    for a in letter.addressees:  # every span holds its name
        assert a.span is not None
        assert letter.text[a.span[0] : a.span[1]] == a.name
    return letter.salutation, [(a.name, a.role) for a in letter.addressees]


@pytest.mark.parametrize(("salutation", "expected"), READ.values(), ids=READ.keys())
def test_note_is_no_part_of_the_name(
    salutation: str, expected: list[tuple[str, str | None]]
) -> None:
    assert read_salutation(salutation) == (salutation, expected)


@pytest.mark.parametrize(("salutation", "expected"), NOT_READ.values(), ids=NOT_READ.keys())
def test_bracket_kept_or_read_otherwise(
    salutation: str, expected: list[tuple[str, str | None]]
) -> None:
    assert read_salutation(salutation) == (salutation, expected)


@pytest.mark.parametrize(
    ("head", "salutation", "expected"), FLATTENED.values(), ids=FLATTENED.keys()
)
def test_note_in_a_flattened_salutation(
    head: str, salutation: str, expected: list[tuple[str, str | None]]
) -> None:
    letter = parse_text(f"{head}{_OPENING}", keywords=False)
    assert letter.salutation == salutation
    assert [(a.name, a.role) for a in letter.addressees] == expected
