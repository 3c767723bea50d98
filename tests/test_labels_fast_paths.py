""":func:`replyparse.labels.opening_label` answers some lines without reading them, and the
usual label line without a search: each short cut is compared here with the plain reading
over every gold letter, its perturbations and invented lines."""

from __future__ import annotations

from collections.abc import Iterator

from goldsets import at_least, gold_texts
from replyparse import closing, labels, vocab
from replyparse.elements import gap_parts
from replyparse.labels import OPENERS, LabelAt, LabelSet, opening_label
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView

# Lines opened by a label after words of its own (the first character no label's), one
# for each character such a label ends with, and lines of the same shape opened by none.
_OWN_WORDS = [
    "区局负责人：王某",
    "局长签发：李某",
    "局长审定：李某",
    "局长签字：",
    "局长审签：李某",
    "某局审核：赵某",
    "带班领导：韦某",
    "值班人：周某",
    "林某代表：",
    "某某局：",
    "各位委员：\n来信收悉。",
    "：王某",
    "某某局审核人员：张某",
]
# Lines opened by a spelling of the table, with its colon or without, and lines whose
# words before the colon are none.
_SPELLED = [
    "联系人：王某",
    "办理情况",
    "办理情况：已办结",
    "联系电话13900000123",
    "（联系人：王某）",
    "联系人电话：13900000123",
    "联系人王某：13900000123",
    "签发人  ：王某",
]

_SETS = (
    labels.ALL,
    closing._CLOSING_LABELS,
    LabelSet(vocab.labels_of(*vocab.CONTACT_FIELDS)),  # no leader labels: no person's label
)


def _lines(view: TextView) -> Iterator[Line]:
    for line in view.lines:
        if line.text:
            yield line
            yield from gap_parts(view, line)


def test_opening_label_skips_only_lines_no_label_opens() -> None:
    # The gate before the look-up: a line whose first character opens no label is opened
    # only by a label after its own words, whose colon is the line's first and follows it.
    skipped = found = 0
    for text in gold_texts(*_OWN_WORDS):
        view = resegment(TextView(text))
        for line in _lines(view):
            for label_set in _SETS:
                plain = labels._opening_label(view, line, label_set)
                assert opening_label(view, line, label_set) == plain, (line.text, label_set)
                if line.text[0] not in label_set.leads and "：" in line.text[:10]:
                    if plain is None:
                        skipped += 1
                    else:
                        found += 1
    assert skipped > at_least(5000, 4)  # not vacuous: salutations among them
    assert found > at_least(20, 7)


def test_no_label_holds_a_colon() -> None:
    # (the gate reads the line's first colon as the label's)
    assert not [e.spelling for e in vocab.labels() if "：" in e.spelling or ":" in e.spelling]


def _searched(view: TextView, line: Line, label_set: LabelSet) -> LabelAt | None:
    """:func:`labels._opening_label` as it reads every line: the search, then the lead."""
    reach = min(len(line.text), labels._OPENING_REACH + label_set.longest)
    found = labels._first_standing(view, line, label_set, reach)
    if found is not None:
        lead = line.text[: found.start - line.start]
        if lead == "" or lead in OPENERS:
            return found
        if found.entry.needs == "suffix" and found.colon and labels._own_words(lead):
            return found
    return labels.person_label(line) if label_set.people else None


def test_a_spelling_then_its_colon_is_read_without_a_search() -> None:
    spelled = 0
    for text in gold_texts(*_SPELLED):
        view = resegment(TextView(text))
        for line in _lines(view):
            for label_set in _SETS:
                fast = labels._opening_label(view, line, label_set)
                assert fast == _searched(view, line, label_set), (line.text, label_set)
                spelled += line.text.partition("：")[0] in label_set.by_spelling
    assert spelled > at_least(2000, 10)  # not vacuous
