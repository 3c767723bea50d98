"""The shortcuts the layout's helpers take for speed answer as the plain readings do.

Each fast path (a bounded search, a gate before a pattern, an answer kept on the view) is
checked here against the reading it replaces, written out plainly, over every line of the
sample, seed and corpus letters (their lines, and each line's parts between gaps) and of
some invented ones. A difference fails the test: the shortcut is then no longer exact.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator

import pytest

from archivegen import invented_letter
from goldsets import SETS, letters
from lineparts import Lines, lines_and_parts
from replyparse import closing, flatforms, vocab
from replyparse.elements import gap_parts
from replyparse.labels import (
    ALL,
    OPENERS,
    LabelAt,
    LabelSet,
    _own_words,
    labels_on,
    opening_label,
)
from replyparse.labels import person_label as _person_label
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView

_SNIPPETS = [
    "办理类型：A类\n签发人王某\n（联系人：李某）\n单位负责人：赵某\n分管领导签发：赵某",
    "某单位主要负责同志签发人：王某\n联系单位电话：某局0000-5550123\n尊敬的负责人：",
    "承办责任人：王某  复核人：李某\n带班领导：赵某\n张某等人：\n电话沟通了情况",
    "类  别：C  类\n某交复〔2021〕7号类别：B\n某字〔2021〕3号同意公开是否公开：是",
    "某某某某某某某某某某联系人：王某\n（某某某某联系人：王某）\n联系 电话  0000-1234567 |",
    "（主管单位负责人：王某）\n（主管单位负责人王某）\n主管单位负责人：王某",
    "某某某某负责人：王某\n某某某某某负责人：王某\n某某某某承办负责人：王某\n带班某某领导：王某\n"
    "某某某某某某某某某某某某某某某某某某：\n（某某某某某某某某某某某某：\n答复人：王某",
    "〔[［【〖﹝「『联系人：王某\n“\"‘'<《签发人：王某\n〔[［【〖﹝「『“\"‘'<《办理类型\n"
    "〔[［【〖﹝「『“\"‘'<《联系人：王某",
    # contact labels that lost a character in copying (closing.lost_label)
    "某某局\n2021年9月3日\n联  人：王某，0000-5550123\n联系  话：0000-5550123\n"
    "系人姓名：王某，0000-5550123\n人姓名：王某  联系电话：0000-5550123",
]

_SETS = [
    ALL,
    LabelSet(vocab.labels_of(*vocab.CONTACT_FIELDS)),
    LabelSet(tuple(e for e in vocab.labels() if e.in_zone("closing"))),
    LabelSet(vocab.labels_of("handling_type")),
]


def _texts() -> Iterator[str]:
    for gold_set in SETS:
        for letter in letters(gold_set):
            yield letter.text()
    rng = random.Random(9)
    for _ in range(30):
        yield invented_letter(rng)
    yield from _SNIPPETS


def _views() -> list[TextView]:
    views = []
    for text in _texts():
        view = TextView(text)
        views.append(view)
        views.append(resegment(view))
    return views


@pytest.fixture(scope="module")
def lines() -> Lines:
    """Every content line of every view, and each part of a line between gaps."""
    return lines_and_parts(_views())


def _plain_opening_label(view: TextView, line: Line, labels: LabelSet) -> LabelAt | None:
    """The label opening ``line`` read from every label standing on it."""
    for found in labels_on(view, line, labels):
        lead = line.text[: found.start - line.start]
        if lead == "" or lead in OPENERS:
            return found
        if found.entry.needs == "suffix" and found.colon and _own_words(lead):
            return found
        break
    return _person_label(line) if labels.people else None


def test_opening_label_reads_as_every_label_on_the_line(lines: Lines) -> None:
    for labels in _SETS:
        for view, line in lines:
            assert opening_label(view, line, labels) == _plain_opening_label(view, line, labels), (
                line
            )


def test_gap_parts_of_a_line_without_gaps_is_the_line(lines: Lines) -> None:
    for view, line in lines:
        cuts = [p - line.start for p in view.gaps_in(line.start, line.start + len(line.text))]
        bounds = [0, *cuts, len(line.text)]
        plain = [
            Line(line.index, line.start + a, line.start + b, line.text[a:b])
            for a, b in itertools.pairwise(bounds)
        ]
        assert gap_parts(view, line) == plain


_ENDS = ["", " ", "|", "｜", " | |||", "\u3000", "\n", "[1]", "[2][3]", "[1-2]", "[1]\n", "]"]
_ENDS += ["[1000]", "[1][2-34]\n", "[1]]", "[-1]", "[12-]", "[1] "]
_PLAIN_FOOTNOTE = re.compile(r"(?:\[\d{1,3}(?:-\d{1,3})?\])+$")
"""What :func:`closing.footnote_start` finds, as one plain search (quadratic on a long run of
marks a stray ``]`` ends, which is why the code walks back instead)."""


def _edged(lines: Lines) -> Iterator[str]:
    """Each line's text as it is, and with separators, blanks and marks at its ends."""
    for _, line in lines:
        yield line.text
        for end in _ENDS:
            yield line.text + end
            yield end + line.text


def test_table_bars_and_footnotes_gates(lines: Lines) -> None:
    for text in _edged(lines):
        assert closing._without_table_bars(text) == closing._TABLE_BARS.sub("", text), text
        m = _PLAIN_FOOTNOTE.search(text)
        assert closing.footnote_start(text) == (m.start() if m else len(text)), text


def test_cell_gate(lines: Lines) -> None:
    for text in _edged(lines):
        line = Line(0, 10, 10 + len(text), text)
        m = flatforms._SEPARATORS.search(text)
        plain = line if m is None else Line(0, 10, 10 + m.start(), text[: m.start()])
        assert flatforms._cell(line) == plain, text


_MORE = (
    "2021年9月3日",
    "二〇二一年九月三日",
    "2021年9月3号",
    "2021年9月",
    "二〇二一年十二月",
    "某某镇人民政府二〇二一年十二月",
    "某〔2021〕3号",
    "某某县人民政府",
    "某某县人民政府（盖章）",
    "某某局（某某办公室）",
    "2024年6月26日印发",
    "话：",
    "抄送：",
    "附件：",
    "\n",
)


def _dated_texts(lines: Lines) -> Iterator[str]:
    """Each line's text, and with dates, 发文字号 and authorities around it."""
    yield from _edged(lines)
    for _, line in lines:
        text = line.text
        for more in _MORE:
            yield text + more
            yield more + text


def test_date_and_number_gates(lines: Lines) -> None:
    from replyparse import elements

    shapes = re.compile(
        rf"^(?:\d{{6}}|(?:{elements._SECRECY}).{{0,8}}|.{{0,16}}{elements.DOC_NUMBER}.{{0,16}})$"
    )
    for text in _dated_texts(lines):
        fast = bool(elements._SHAPES.match(text)) or (
            "号" in text and elements._DOC_NUMBER_SHAPE.match(text) is not None
        )
        assert fast == bool(shapes.match(text)), text
        assert closing._dated(text) == bool(closing._DATED.match(text)), text
        if "号" not in text:
            assert closing._NUMBER_AND_AUTHORITY().match(text) is None, text


def _plain_salutation(
    view: TextView, lines: tuple[Line, ...], head: int, form: frozenset[int]
) -> int | None:
    """The salutation as the layout once found it: the limit counted first, to its end,
    then the lines above it searched."""
    from replyparse import layout
    from replyparse.elements import is_element, is_label_line

    seen, limit = 0, len(lines)
    for i in range(head, len(lines)):
        if not (i in form or is_label_line(view, lines[i]) or is_element(view, lines[i])):
            seen += 1
            if seen > layout._SALUTATION_WITHIN:
                limit = i
                break
    for i, line in enumerate(lines[:limit]):
        text = line.text
        if i in form or layout._NOT_SALUTATION.search(text):
            continue
        if not (layout._SALUTATION.match(text) or layout._greeted(text)):
            continue
        if is_label_line(view, line) or is_element(view, line):
            continue
        if text.startswith(("联系人", "抄送", "附件")):
            continue
        return i
    return None


def test_salutation_found_as_the_limit_is_counted() -> None:
    from replyparse import layout
    from replyparse.flatforms import form_lines

    for view in _views():
        lines = view.content_lines
        form = form_lines(view, lines)
        for head in range(len(lines) + 1):
            plain = _plain_salutation(view, lines, head, form)
            assert layout._find_salutation(view, lines, head, form) == plain


def _plain_header_end(
    view: TextView, lines: tuple[Line, ...], form: frozenset[int]
) -> tuple[int, frozenset[int]]:
    """The header's end as the layout once found it, each line asked is_header_line."""
    from replyparse import layout

    head = 0
    rows: set[int] = set()
    while head < len(lines):
        line = lines[head]
        mark = layout.issuer_mark(line.text) and not layout._TITLE_START.search(line.text)
        if not (mark or head in form or layout.is_header_line(view, line)):
            found = layout._form_rows(view, lines, head, rows)
            if not found:
                break
            rows.update(found)
            head = found.stop
            continue
        head += 1
    return head, form | rows


def test_header_end_keeps_its_last_answer() -> None:
    from replyparse import layout
    from replyparse.elements import is_element, is_label_line
    from replyparse.flatforms import form_lines

    kept = misread = 0
    for view in _views():
        lines = view.content_lines
        form = form_lines(view, lines)
        head, rows, furniture = layout._header_end(view, lines, form)
        assert (head, rows) == _plain_header_end(view, lines, form)
        if furniture is None:
            continue
        kept += 1
        line = lines[head]
        assert furniture == (is_label_line(view, line) or is_element(view, line)), line.text
        plain = layout._find_salutation(view, lines, head, rows)
        assert layout._find_salutation(view, lines, head, rows, furniture) == plain
        # the salutation search reads the answer kept: a wrong one would be seen
        misread += layout._find_salutation(view, lines, head, rows, not furniture) != plain
    assert kept > 100
    assert misread > 0


def test_closing_kind_gates(lines: Lines) -> None:
    gated = [
        (lambda t: t.endswith(closing._AUTHORITY_ENDS), closing.AUTHORITY_LINE),
        (
            lambda t: t.endswith(closing._SIGNED_DATE_ENDS) or closing._day_lost_at_end(t),
            closing.AUTHORITY_DATE_LINE,
        ),
        (lambda t: "印发" in t, closing._PRINTED),
        (lambda t: "：" in t, closing._WRAPPED_LABEL),
        (lambda t: t[-1:] in closing._AUTHORITY_LAST, closing.AUTHORITY_LINE),
        (lambda t: t[-1:] in closing._NUMBER_AND_AUTHORITY_LAST, closing._NUMBER_AND_AUTHORITY()),
        (lambda t: t.startswith(closing._LIST_HEADS), closing.CC_LINE),
        (lambda t: t.startswith(closing._LIST_HEADS), closing._ATTACHMENT),
        (lambda t: t[:1] in closing._LIST_FIRST, closing.CC_LINE),
        (lambda t: t[:1] in closing._LIST_FIRST, closing._ATTACHMENT),
        (lambda t: len(t) <= closing._SEAL_LONGEST, closing._SEAL),
    ]
    from replyparse import elements

    def year(t: str) -> bool:
        return "19" in t or "20" in t

    def dated(t: str) -> bool:
        return "年" in t or year(t)

    searched = [
        (dated, closing.DATE_LINE),
        (dated, closing.DAY_LOST_LINE),
        (dated, closing._DAMAGED_DATE),
        (dated, closing.AUTHORITY_DATE_LINE),
        (year, elements.DAMAGED_DOC_NUMBER),
        (lambda t: "号" in t, elements._DOC_NUMBER_LINE),
        (lambda t: elements._BRACKETED_YEAR.search(t) is not None, elements._DOC_NUMBER_SHAPE),
    ]
    for text in _dated_texts(lines):
        for gate, pattern in gated:
            if not gate(text):
                assert pattern.match(text) is None, (pattern.pattern[:40], text)
        for gate, pattern in searched:
            if not gate(text):
                assert pattern.search(text) is None, (pattern.pattern[:40], text)
        alone = (elements._MARK_ALONE, elements._SHAPES, elements._DATE_PART)
        assert bool(elements._ALONE.match(text)) == any(p.match(text) for p in alone), text


def test_wrapped_label_look_up_reads_as_its_pattern(lines: Lines) -> None:
    tails = sorted(closing._LABEL_TAILS)
    texts = [*_dated_texts(lines), *(t + "：" for t in tails), *(t + "：某" for t in tails)]
    texts += [t[:-1] + "：" for t in tails if len(t) > 1] + ["：", "话：：", "话:", "联系话："]
    for text in texts:
        assert closing._wrapped_label(text) == bool(closing._WRAPPED_LABEL.match(text)), text


def _plain_labels_and_values(text: str) -> bool:
    """:func:`closing._labels_and_values` without its colon gate."""
    c = closing
    if c._MARKED.match(text):
        return False
    pieces = text.strip("（()）").split("：")
    if len(pieces) < 2 or not c._OWN_LABEL.fullmatch(pieces[0]):
        return False
    for middle in pieces[1:-1]:
        run = c._TRAILING_HANZI.search(middle)
        label = min(len(run.group()), 8, len(middle) - 1) if run else 0
        if label < 2 or not c._SHORT_VALUE.fullmatch(middle[:-label]):
            return False
    return c._SHORT_VALUE.fullmatch(pieces[-1]) is not None


def test_labels_and_values_colon_gate(lines: Lines) -> None:
    more = ["邮寄地址：某路1号  邮编：555000", "（监督电话：5550123）", "分管副局长：王某", "："]
    for text in [*_dated_texts(lines), *more]:
        assert closing._labels_and_values(text) == _plain_labels_and_values(text), text


def _plain_kind(view: TextView, line: Line) -> closing.Kind | None:
    """:func:`closing.kind` as it read before its gates, test by test in its old order."""
    from replyparse.elements import is_doc_number_line, is_note

    c, text = closing, closing._without_table_bars(line.text)
    text = text[: c.footnote_start(text)]
    if c.DATE_LINE.match(text) or c.DAY_LOST_LINE.match(text) or c.MONTH_DATE_LINE.match(text):
        return c.Kind.DATE
    if c.damaged_date(text):
        return c.Kind.DAMAGED_DATE
    # (a sentence naming an office, 详询某县教育局, 关于对某县…, is no authority: signers51)
    sentence = c.names_in_sentence(text)
    if (c.AUTHORITY_DATE_LINE.match(text) or c._listed_authority_date(text)) and not sentence:
        return c.Kind.AUTHORITY_DATE
    if c._SEAL.match(text):
        return c.Kind.SEAL
    if (
        c.AUTHORITY_LINE.match(text)
        and not c._MARKED.match(text)
        and not c._PROSE.search(text)
        and not sentence
    ):
        return c.Kind.AUTHORITY
    if c.host(view, line) is not None:
        return c.Kind.HOST
    if (
        c._PRINTED.match(text)
        or c._MARKUP.match(text)
        or c._WRAPPED_LABEL.match(text)
        or c.lost_label(view, line.text, range(line.start, line.end)) is not None
        or c._PHONE.match(text)
        or c._phone_then_labels(text)
        or c._POSTCODE.match(text)
        or c._ATTACHMENT.match(text)
        or c._FORMULA.match(text)
        or is_doc_number_line(text)
        or c._NUMBER_AND_AUTHORITY().match(text)
        or is_note(view, line, c._CLOSING_LABELS)
        or c._labels_and_values(text)
    ):
        return c.Kind.OTHER
    named = c.name_then_labels(view, line)
    if named is not None:
        return c.Kind.AUTHORITY_LABELS if named.authority else c.Kind.OTHER
    return None


def test_closing_kind_reads_as_its_tests_in_order(lines: Lines) -> None:
    for view, line in lines:
        assert closing.kind(view, line) == _plain_kind(view, line), line


def test_bare_label_length_gate(lines: Lines) -> None:
    for view, line in lines:
        for colon in (True, False):
            found = opening_label(view, line)
            plain = found is not None and found.value >= line.end and (colon or not found.colon)
            assert flatforms.bare_label(view, line, colon=colon) == plain, line


def test_person_label_colon_gate(lines: Lines) -> None:
    from replyparse import labels

    texts = [
        *_dated_texts(lines),
        "（某某某某领导：王某",
        "某某某某领导：",
        "（某某某人：",
        "（某某某某某领导：",
    ]
    for text in texts:
        m = labels._PERSON_LABEL.match(text)
        plain = (
            None
            if m is None or m.group("label").startswith(labels._OPENERS_OF_SALUTATION)
            else m.span("label")
        )
        assert labels.person_label_span(text) == plain, text


def test_gaps_are_every_skip_of_origin_on_a_line() -> None:
    for view in _views():
        norm, origin = view.norm, view.origin
        plain = [
            i
            for i in range(1, len(origin))
            if origin[i] - origin[i - 1] > 1 and norm[i - 1] != "\n"
        ]
        assert view._gap_list == plain


def _written_plain(view: TextView, start: int, end: int) -> str:
    norm, original, origin = view.norm, view.original, view.origin
    return "".join(
        original[origin[i]] if norm[i] not in " \n" else norm[i] for i in range(start, end)
    )


def test_written_reads_character_by_character() -> None:
    rng = random.Random(9)
    for view in _views():
        ranges = [(line.start, line.end) for line in view.content_lines]
        ranges += [(line.end - 1, line.end) for line in view.content_lines]
        for _ in range(20):
            a, b = sorted(rng.sample(range(len(view.norm) + 1), 2))
            ranges.append((a, b))
        for start, end in ranges:
            assert view.written(start, end) == _written_plain(view, start, end), (start, end)


def test_form_seed_gate(lines: Lines) -> None:
    for view, line in lines:
        if flatforms.bare_label(view, line, colon=False):
            assert line.text[-1:] in flatforms._LABEL_ENDS, line


def test_salutation_shape_gates(lines: Lines) -> None:
    from replyparse import layout

    more = ["尊敬的王某委员：", "王某委员您好！", "王某委员，您好：", "王某代表：\n", "您好"]
    for text in [*_dated_texts(lines), *more, *(t + m for t in more for m in _ENDS)]:
        plain = not layout._NOT_SALUTATION.search(text) and bool(
            layout._SALUTATION.match(text) or layout._greeted(text)
        )
        assert layout._salutation_shaped(text) == plain, text


def test_is_note_reads_every_part(lines: Lines) -> None:
    from replyparse.elements import _MARK_ALONE, is_note

    for labels in _SETS:
        for view, line in lines:
            plain = bool(line.text) and (
                opening_label(view, line, labels) is not None
                or all(
                    _MARK_ALONE.match(p.text) or opening_label(view, p, labels) is not None
                    for p in gap_parts(view, line)
                )
            )
            assert is_note(view, line, labels) == plain, line


_SENTENCES = (
    "2023年5月8日。\n二〇二四年五月。\n2024年5月。\n2021年9月3日（印章）。\n特此函复。\n此致！\n"
    "附件1。\n附件1：某表。\n某局办公室2024年6月26日印发。\n某局办公室  2024年6月26日印发。\n"
    "同意公开。\n（此回复件公开）。\nA类。\n联系人王某。\n签发人王某！\n王某    联系人王某。\n"
    "某某县交通运输局    联系电话0000-5550123。\n某某县交通运输局。\n某某县交通运输局！\n"
    "2021830。\n某政函〔2022〕60号。\n5550123。\n（盖章）。\n感谢您对我们工作的支持！\n"
    "请与我局联系，电话0000-5550123。\n某某县交通运输局  2021年9月3日。\n敬礼！ |\n特此函复。[1]"
)


def test_closing_kind_of_a_sentence_reads_as_every_test(
    lines: Lines, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = resegment(TextView(_SENTENCES))
    sentences = [(view, line) for line in view.content_lines]
    for line in view.content_lines:
        sentences.extend((view, part) for part in gap_parts(view, line))
    pairs = lines + sentences
    fast = [closing.kind(view, line) for view, line in pairs]
    assert sum(
        closing._without_table_bars(line.text)[-1:] in "。！" and "：" not in line.text
        for _, line in pairs
    ) > len(sentences)  # (the short cut is taken, on many lines)
    monkeypatch.setattr(closing, "_PROSE_ENDS", frozenset())  # every test, in kind's order
    assert [closing.kind(view, line) for view, line in pairs] == fast
    assert {fast[len(lines) + k] for k in range(len(sentences))} >= {
        closing.Kind.DATE,
        closing.Kind.OTHER,
        closing.Kind.AUTHORITY_LABELS,
        None,
    }


def test_issuer_mark_gate(lines: Lines) -> None:
    from replyparse import layout

    texts = [
        *_edged(lines),
        "某某县人民政府文件",
        "某某县人民政府文件\n",
        "某某县交通运输局\n",
        "某某县（某某）委员会",
        "某某县人民政府办公室关于某事的通知",
        "对某某县交通运输局",
        "某某县人民政府，",
    ]
    found = 0
    for text in texts:
        if "关于" in text or layout._OPENS_TITLE.match(text):
            plain = None
        else:
            m = layout._ISSUER_MARK.match(text)
            plain = None if not m else m.span("name") if m.group("name") else m.span("mark")
        assert layout.issuer_mark_at(text) == plain, text
        found += plain is not None
    assert found > 10
