"""Every span of a record, checked against the letter's text as strictly as its item allows.

A span key is ``span``, ``extent``, any ``*_span`` or any ``*_spans`` list. Each must lie in
bounds, and ``text[start:end]`` must be:

- the item's ``text`` exactly (document numbers, sections, amounts, dates, references),
  the salutation, a 抄送 body, a proposal's kind;
- the value with white space (and invisible format characters) removed, for names
  (addressees, keywords) and joined values (the title, the proposal's title); a joined
  value's span may hold whole lines that are not part of it (a page number, a 发文字号
  line under the title's first line);
- the value alike in NFKC, for values read from the normalised view (the issuer, which
  may also be joined from title lines, the proposal's number and session: ``１２`` is
  written, ``12`` recorded);
- for the rest, what the item was read from: a handling type's or publicity's value that
  the vocabulary maps to the recorded one, a date that reads as the signature's date, the
  signers' names in order, a contact's name, phone and office inside its span, a section's
  marker at the start of its extent.

Every rule reads the span's text without its invisible format characters (a zero-width
space, a soft hyphen), which no value keeps (:mod:`replyparse.invisible`); a rule that
removes white space also removes the marks a copy wrote for blanks it could not write, which
the view reads as blanks (``??????某局``, :func:`replyparse.textview.marked_indents`).

A span key with no rule here is itself a problem, so a new span cannot go unchecked.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Any

from replyparse import traditional, vocab
from replyparse.fields import publicity
from replyparse.fields.dates import find_dates
from replyparse.invisible import visible
from replyparse.model import Letter
from replyparse.resegment import resegment
from replyparse.textview import FORMAT_CHARS, TextView, marked_indents
from replyparse.unwrap import unwrap, wrap_joins

# White space and the invisible format characters the view drops like it (U+200B, U+00AD…)
_BLANKS = re.compile("[\\s" + "".join(sorted(FORMAT_CHARS)) + "]+")
_NOT_DIGIT = re.compile(r"\D")
# The labels a contact is read from (联系人, 承办单位, 联系电话, 手机, a leader's 主管领导, …),
# and what is left of one that lost its first characters at a line's start (人：, 系电话：).
_CONTACT_LABELS = tuple(
    sorted(
        {
            e.spelling[k:]
            for e in vocab.labels()
            if e.field in (*vocab.CONTACT_FIELDS, "leader")
            for k in range(len(e.spelling))
        }
    )
)


def _flat(value: str) -> str:
    return _BLANKS.sub("", value)


def _read_as(segment: str) -> str:
    """``segment`` as the parse reads it, blanks out: its pinyin glosses dropped
    (``聯(lián)``) and its traditional characters folded (a letter written so is read in
    its fold; a simplified letter has none of them to fold)."""
    return _flat(traditional.GLOSS.sub("", segment)).translate(traditional.table())


def _marks_blanked(text: str) -> str:
    """``text`` with each mark a copy wrote for a blank it could not write (a run the view
    reads as blanks: :func:`marked_indents`) made a blank, so offsets hold."""
    runs = marked_indents(text)
    if not runs:
        return text
    pieces, at = [], 0
    for start, end in runs:
        pieces += [text[at:start], " " * (end - start)]
        at = end
    return "".join([*pieces, text[at:]])


def _same(segment: str, value: str) -> bool:
    return segment == value


def _nfkc(value: str) -> str:
    return _flat(unicodedata.normalize("NFKC", value))


_EACH_OWN = re.compile(r"号([、，,和及])第")  # 第5号、第17号: 5号、第17 is 5、17


_WRAP = re.compile(r"[ \t\u3000]*\n\s*")
_BLANK_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")
_ROW = re.compile(
    r"\S{2,4}\s{2,}[0-9０-９（）()-]{7,}"
)  # a contact table's row: a name, a gap, a phone


def _joined(segment: str, value: str) -> bool:
    """Whether ``value`` is lines of ``segment`` joined, blanks out: the first line, the
    last, and any of those between (a page number or a 发文字号 line inside a title is
    left out); a line but the last may give only its head (a note cut off its end)."""
    lines = [flat for line in segment.split("\n") if (flat := _flat(line))]
    if not lines:
        return _flat(value) == ""

    def rest_holds(k: int, rest: str) -> bool:
        if k == len(lines):
            return rest == ""
        line = lines[k]
        if rest.startswith(line) and rest_holds(k + 1, rest[len(line) :]):
            return True
        if 0 < k < len(lines) - 1 and rest_holds(k + 1, rest):
            return True  # a line in between left out
        # a line's head only: an element the layout cut off its end ((同意公开), B类)
        return k < len(lines) - 1 and any(
            rest.startswith(line[:n]) and rest_holds(k + 1, rest[n:]) for n in range(1, len(line))
        )

    return rest_holds(0, _flat(value))


def _in_order(chars: str, segment: str) -> bool:
    """Whether the characters of ``chars`` stand in ``segment`` in order."""
    rest = iter(segment)
    return all(ch in rest for ch in chars)


def is_span_key(key: str) -> bool:
    return key in ("span", "extent") or key.endswith(("_span", "_spans"))


class _Checker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.read = _marks_blanked(text)
        """``text`` as the view reads its blanks, for the rules that remove them."""
        self.problems: list[str] = []
        self.checked = 0
        self._spans: list[tuple[int, int]] | None = None
        self._breaks: frozenset[int] | None = None

    def _lines(self) -> list[tuple[int, int]]:
        if self._spans is None:
            view = resegment(unwrap(TextView(self.text)))
            self._spans = [view.span(ln.start, ln.end) for ln in view.content_lines]
        return self._spans

    def line_ends(self) -> set[int]:
        """Where the lines of the view the parser read end, in the letter's text."""
        return {end for _, end in self._lines()}

    def line_starts(self) -> set[int]:
        """Where the lines of the view the parser read start, in the letter's text."""
        return {start for start, _ in self._lines()}

    def segment(self, where: str, span: Any, *, read: bool = False) -> str | None:
        """``text[start:end]`` (``read``: of :attr:`read`), or None (and a problem) when the
        span is not in bounds."""
        self.checked += 1
        ok = (
            isinstance(span, list)
            and len(span) == 2
            and all(isinstance(v, int) for v in span)
            and 0 <= span[0] <= span[1] <= len(self.text)
        )
        if not ok:
            self.problems.append(f"{where}: {span!r} is not a span in bounds")
            return None
        return visible((self.read if read else self.text)[span[0] : span[1]])

    def printed_breaks(self) -> frozenset[int]:
        """Where the letter's text has a printed line's break that the parser read through
        (a hard-wrapped paragraph's, :mod:`replyparse.unwrap`), with the blanks ending the
        printed line."""
        if self._breaks is None:
            view = TextView(self.text)
            breaks: set[int] = set()
            for at in (view.origin[i] for i in wrap_joins(view)):
                breaks.add(at)
                while at > 0 and self.text[at - 1] in " \t\u3000":  # the line's trailing blanks
                    at -= 1
                    breaks.add(at)
            self._breaks = frozenset(breaks)
        return self._breaks

    def unbroken(self, span: list[int], text: str) -> str:
        """``text[start:end]`` (the letter's text or :attr:`read`) without the printed line
        breaks the parser read through: a value read across one (``建`` / ``议``) is held by
        its span that way."""
        start, end = span
        breaks = [b for b in self.printed_breaks() if start <= b < end]
        if not breaks:
            return visible(text[start:end])
        kept = (ch for at, ch in enumerate(text[start:end], start) if at not in breaks)
        return visible("".join(kept))

    def under_contact_line(self, start: int) -> bool:
        """Whether the line above the one holding ``start`` names a contact: a label, or
        another row of the same table (a name, a gap, a phone)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if line_start == 0:
            return False
        above = self.text[self.text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        return any(label in _flat(above) for label in _CONTACT_LABELS) or (
            _ROW.fullmatch(above.strip()) is not None
        )

    def expect(self, where: str, ok: bool, segment: str, value: Any) -> None:
        if not ok:
            self.problems.append(f"{where}: text {segment!r} does not hold {value!r}")

    # -- items inside lists and objects --------------------------------------------------

    def item(self, where: str, kind: str, node: dict[str, Any]) -> None:
        for key, value in node.items():
            if key == "children":
                for i, child in enumerate(value):
                    self.item(f"{where}.children[{i}]", kind, child)
            elif is_span_key(key) and value is not None:
                # (a name's blanks removed: marks read as blanks too)
                segment = self.segment(f"{where}.{key}", value, read=kind == "addressees")
                if segment is not None:
                    self.item_span(f"{where}.{key}", kind, key, node, segment)

    def item_span(
        self, where: str, kind: str, key: str, node: dict[str, Any], segment: str
    ) -> None:
        if kind == "sections" and key == "extent":
            inside = node["extent"][0] <= node["span"][0] <= node["span"][1] <= node["extent"][1]
            starts = _flat(segment).startswith(_flat(node["marker"]))
            self.expect(where, inside and starts, segment, node["marker"])
        elif key != "span":
            self.problems.append(f"{where}: no rule checks this span key")
        elif "text" in node:
            self.expect(where, segment == node["text"], segment, node["text"])
        elif kind == "addressees":
            self.expect(where, _flat(segment) == _flat(node["name"]), segment, node["name"])
        elif kind == "contacts":
            # from its label to the end of its (last) line, holding all it names
            # (a name or office has its separators and phones cut out: its characters in order)
            parts = [_flat(node[k]) for k in ("name", "org") if node[k]]
            phone = _NOT_DIGIT.sub("", node["phone"] or "")
            ok = all(_in_order(p, segment) for p in parts)
            # (full-width digits written, ASCII ones recorded)
            ok = ok and phone in _NOT_DIGIT.sub("", unicodedata.normalize("NFKC", segment))
            line_end = self.text.find("\n", node["span"][1])
            rest = self.text[node["span"][1] : None if line_end < 0 else line_end]
            # (the label as the parse read it: a letter's traditional characters folded, a
            # mirror's pinyin glosses out, 聯(lián)繫人 → 联系人)
            at_label = _read_as(segment).startswith(_CONTACT_LABELS)
            # or its org, the office written before its label on its line (某局  联系电话：…,
            # 此件由某局办理，联系人王某，电话…), a label right after it
            # (the labels after it as the parse read them too: 聯繫，電話 → 联系，电话)
            at_label = at_label or (
                node["org"] is not None
                and _flat(segment).startswith(_flat(node["org"]))
                and any(
                    label in _read_as(segment)[len(_flat(node["org"])) :][:12]
                    for label in ("联系人", "电话", "承办人", "经办人")
                )
            )
            # or a contact table's next row, its label cells blank: the name, then the phone,
            # under a contact line (黄某    1390… under 联系人：…  联系电话：…)
            at_label = at_label or (
                node["name"] is not None
                and _flat(segment).startswith(_flat(node["name"]))
                and self.under_contact_line(node["span"][0])
            )
            # or a person's label a copy lost whole, its colon left before the name (：王某
            # over 联系电话：…; fix96)
            at_label = at_label or (
                node["name"] is not None
                and _flat(segment)[:1] in (":", "：")
                and _flat(segment)[1:].startswith(_flat(node["name"]))
            )
            # a line of a flattened copy ends where the re-segmented view breaks it
            ends = not rest.strip() or node["span"][1] in self.line_ends()
            whole = not segment.endswith("\n") and ends and at_label
            self.expect(where, ok and whole, segment, node)
        elif kind == "diagnostics":
            self.expect(where, bool(segment.strip()), segment, node["code"])
        else:
            self.problems.append(f"{where}: no rule checks this span key")

    # -- the record's own fields ---------------------------------------------------------

    def scalar(self, where: str, value: Any, span: Any, same: Any) -> None:
        """A value and its ``*_span``: both null, or the span holds the value (``same``)."""
        if value is None or span is None:
            if (value is None) != (span is None):
                self.problems.append(f"{where}: value {value!r} with span {span!r}")
            return
        read = same is not _same  # (a rule that removes blanks: marks read as blanks too)
        segment = self.segment(where, span, read=read)
        if segment is not None:
            lined = self.lined(span, read) if same is _joined or where == "issuer_span" else segment
            # a value read across a printed line's break holds it as written, or not at all
            unbroken = self.unbroken(span, self.read if read else self.text)
            ok = same(lined, value) or (unbroken != segment and same(unbroken, value))
            self.expect(where, ok, segment, value)

    def lined(self, span: list[int], read: bool) -> str:
        """``text[start:end]`` (``read``: of :attr:`read`) with a line break wherever the
        view the parser read (the re-segmented one) breaks a line inside it."""
        start, end = span
        edges = self.line_starts() | self.line_ends()
        cuts = [start, *sorted(p for p in edges if start < p < end), end]
        text = self.read if read else self.text
        return visible("\n".join(text[a:b] for a, b in itertools.pairwise(cuts)))


_HANDLING = vocab.mapping("handling_types")


def _class_written(segment: str) -> str:
    """A handling type's span text as the vocabulary keys it: in NFKC, a class's letter
    typed in lower case after a label (``办复类别:a``) as its capital (fix96)."""
    written = unicodedata.normalize("NFKC", segment)
    return written.upper() if written in ("a", "b", "c", "d") else written


def _signers(segment: str, issuer: str) -> bool:
    """The signers' names, in order, the first at the start and the last at the end."""
    names = issuer.split("、")
    flat = _flat(segment)
    if len(names) == 2 and any(
        flat == _flat(names[0][:k] + names[1] + names[0][k:]) for k in range(1, len(names[0]))
    ):
        return True  # two columns, the first's name wrapped under the second's (甲县城市 乙局 / 管理局)
    if not (flat.startswith(_flat(names[0])) and flat.endswith(_flat(names[-1]))):
        return False
    pos = 0
    for name in names:
        pos = flat.find(_flat(name), pos)
        if pos < 0:
            return False
        pos += len(_flat(name))
    return True


def _signature_date(segment: str, value: str) -> bool:
    dates = find_dates(TextView(segment))
    return [d.value for d in dates] == [value] and dates[0].text == segment


def span_problems(letter: Letter) -> list[str]:
    """Every span of ``letter`` that does not hold what it should (empty: all hold)."""
    data = letter.model_dump(mode="json")
    text = data.pop("text")
    assert isinstance(text, str), "span checks need the letter's text"
    check = _Checker(text)
    scalars = {
        # read from the view, and from the title when nothing else names it: a joined value
        "issuer": lambda s, v: _joined(unicodedata.normalize("NFKC", s), _nfkc(v)),
        "title": _joined,
        "salutation": _same,
        "handling_type": lambda s, v: _HANDLING.get(_class_written(s)) == v,
        "public": lambda s, v: publicity.value_of(_flat(s)) is v,
    }
    for key, same in scalars.items():
        check.scalar(f"{key}_span", data[key], data[f"{key}_span"], same)
    proposal = data["proposal"] or {}
    parts = {
        # a traditional letter's kind is recorded in simplified characters (建議 → 建议)
        "kind": lambda s, v: s == v or s.translate(traditional.table()) == v,
        # several numbers each with its own 第…号 are recorded without the 号 and 第 between
        "number": lambda s, v: _nfkc(_EACH_OWN.sub(r"\1", s)) == _nfkc(v),
        "session": lambda s, v: _nfkc(s) == _nfkc(v),
        "title": _joined,
    }
    for key, same in parts.items():
        where = f"proposal.{key}_span"
        check.scalar(where, proposal.get(key), proposal.get(f"{key}_span"), same)
    signature = data["signature"]
    check.scalar("signature.issuer_span", signature["issuer"], signature["issuer_span"], _signers)
    check.scalar("signature.date_span", signature["date"], signature["date_span"], _signature_date)
    for values, spans, same in (
        # a body a printed page wrapped inside its name (自然资 / 源局) is held across the break,
        # or across the one blank a web copy flattened the wrap into (自然资 源局)
        ("cc", "cc_spans", lambda s, v: _BLANK_IN_NAME.sub("", _WRAP.sub("", s)) == v),
        ("keywords", "keyword_spans", lambda s, v: _flat(s) == v),
    ):
        if len(data[values]) != len(data[spans]):
            check.problems.append(f"{spans}: {len(data[spans])} spans for {len(data[values])}")
        for i, (value, span) in enumerate(zip(data[values], data[spans], strict=False)):
            check.scalar(f"{spans}[{i}]", value, span, same)
    if data["doc_number"] is not None:
        check.item("doc_number", "doc_number", data["doc_number"])
    for kind in ("addressees", "sections", "amounts", "dates", "contacts", "references"):
        for i, node in enumerate(data[kind]):
            check.item(f"{kind}[{i}]", kind, node)
    for i, node in enumerate(data["diagnostics"]):
        check.item(f"diagnostics[{i}]", "diagnostics", node)
    if check.checked != count_span_keys(letter):
        check.problems.append(
            f"{count_span_keys(letter)} spans in the record, {check.checked} checked: "
            "a span key has no rule in tests/spans.py"
        )
    return check.problems


def count_span_keys(letter: Letter) -> int:
    """How many non-null spans the record holds, at any depth (lists of spans counted each)."""
    count = 0

    def walk(node: Any) -> None:
        nonlocal count
        if isinstance(node, dict):
            for key, value in node.items():
                if key.endswith("_spans"):
                    count += len(value)
                elif is_span_key(key):
                    count += value is not None
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(letter.model_dump(mode="json"))
    return count


def addressees_read(letter: Letter) -> list[tuple[str, str | None]]:
    """The letter's addressees as (name, role) pairs, each name's span checked to hold the
    name as written (blanks aside)."""
    for a in letter.addressees:
        assert letter.text[a.span[0] : a.span[1]].replace(" ", "") == a.name
    return [(a.name, a.role) for a in letter.addressees]
