"""Letters written in traditional characters: read through a fold, given back as written.

Some archives hold a letter as a site's 繁體 page gave it (a government site's
traditional-character version, a mirror that serves one): `關於…建議的答覆`,
`聯繫人`, `300萬元`. Every rule of the parser is written in simplified characters.
Rather than spell each rule twice, such a letter is parsed in a *fold*: each traditional
character replaced by the simplified one it is read as (``data/traditional.txt``). One
character stands for one, so every offset of the fold is the letter's own: the parse's
spans hold for the letter as written. The record's strings are then given back in the
letter's own characters (:func:`unfold`): an item's text is the letter's text at its
span, as the record's contract says, and a value read from a place is read from the same
place of the letter.

A letter is folded only when it is written in traditional characters: at least one of a
few characters every such letter has (關 of 關於, 議 of 建議, …), a good share of its Han
characters traditional, and more than a third as many of them traditional as its lines that
hold one write in the table's simplified forms (a page's simplified chrome on lines of its own
counts for nothing, nor, on a page flattened onto one line, its pieces between blanks). A
simplified letter that quotes a name in traditional characters is read as it is, short or
long.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from typing import Any

from pydantic import BaseModel

from replyparse import vocab
from replyparse.formatchars import FORMAT_CHARS, FORMAT_CLASS, INVISIBLE

# The share of a letter's Han characters that must be traditional for it to be folded: a
# traditional text changes about a quarter of them; a simplified one quoting a name or a
# title in traditional characters a handful.
_SHARE = 0.05
_LEAST = 3
# How many times its simplified forms must outnumber a letter's traditional characters for
# it to be read as written, whatever their share (:func:`fold`).
_OUTNUMBERED = 3

_HAN = re.compile(r"[\u3400-\u9fff]")

# A pinyin gloss a mirror site sets in brackets right after a Han character of a page it
# turns into 繁體 (鎮(zhèn)康縣, 發(fā)): lower-case Latin letters, a vowel with a tone mark
# among them. The view drops it as it drops blanks (:class:`replyparse.textview.TextView`),
# so the name around it reads whole; the record's strings keep it as written
# (:func:`unfold`).
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A web copy that strews invisible format characters (zero-width spaces, soft hyphens, a
# byte-order mark) among a page's characters strews them inside a gloss too
# (``執(z\u200bhí)``, ``運(yùn\ufeff)``) or between the character and its gloss
# (``衛\xad(wèi)``): nobody reading the page sees them, so the gloss reads through them,
# one after each of its characters at most; the view drops them with the gloss.
# A copy that misread the page's bytes may lose a gloss's opening bracket to the mark it
# sets for a byte it cannot read (``阪?zhèn)康縣``: ``?`` or U+FFFD): the letters and the
# closing bracket after it are the gloss all the same.
_FMT = f"[{FORMAT_CLASS}]?"
GLOSS = re.compile(
    f"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff][{FORMAT_CLASS}]))[(（?\ufffd]{_FMT}"
    f"(?=(?:[a-zü]{_FMT}){{0,6}}[{TONED}])(?:[a-zü{TONED}]{_FMT}){{1,7}}[)）]"
)
# Such a gloss a hard-wrapped copy broke at a printed line's end (會(huì / )議: a print
# view wraps where the next character does not fit, inside brackets as anywhere): its
# opening bracket and first letters end the line, its last letters (or none) and closing
# bracket open the next, the two pieces' letters a gloss's, a tone mark among them. Round
# brackets of Latin letters alone after a Han character are glosses only (a sentence's
# English word is not set so in these letters).
_GLOSS_HEAD = re.compile(f"(?<=[\u4e00-\u9fff])[(（](?P<letters>[a-zü{TONED}]{{0,7}})(?=\r?\n)")
_GLOSS_TAIL = re.compile(f"(?P<letters>[a-zü{TONED}]{{0,7}})[)）]")
# …or carried down whole, its Han character ending the line above (經 / (jīng)營: the
# print found no room for its opening bracket), a tone mark among its letters (wrap66).
_GLOSS_CARRIED = re.compile(
    f"(?<=[\u4e00-\u9fff]\n)[(（](?=[a-zü]{{0,6}}[{TONED}])[a-zü{TONED}]{{1,7}}[)）]"
)


def gloss_end(text: str, at: int) -> int:
    """Where the pinyin gloss set right after a Han character ending at ``at`` ends: a whole
    gloss (:data:`GLOSS`) or the head of one a line break cut (:data:`_GLOSS_HEAD`, to the
    line's end); ``at`` when none stands there. The view reads past both, but a print
    printed them: a line's printed width counts them (:func:`replyparse.unwrap.printed`)."""
    gloss = GLOSS.match(text, at) or _GLOSS_HEAD.match(text, at)
    return gloss.end() if gloss is not None else at


def wrapped_glosses(text: str) -> list[tuple[int, int]]:
    """The two pieces of each pinyin gloss a line break cuts (:data:`_GLOSS_HEAD`, then the
    next line's :data:`_GLOSS_TAIL`), each a span of its own, the break between them (the
    view drops each piece as it drops a whole gloss, and the break stays the view's: the
    unwrapping joins the lines); and each gloss a print carried down whole from its
    character (:data:`_GLOSS_CARRIED`). In order. Asked only of a text whose glosses some
    tone mark shows."""
    out: list[tuple[int, int]] = []
    for head in _GLOSS_HEAD.finditer(text):
        below = text.find("\n", head.end()) + 1
        tail = _GLOSS_TAIL.match(text, below)
        if tail is None:
            continue
        letters = head["letters"] + tail["letters"]
        if 0 < len(letters) <= 7 and any(ch in TONED for ch in letters):
            out += [head.span(), tail.span()]
    out += [m.span() for m in _GLOSS_CARRIED.finditer(text)]
    return sorted(out)


def unglossed(text: str, glosses: list[tuple[int, int]]) -> tuple[str, Callable[[int], int]]:
    """``text`` without its pinyin glosses (``glosses``, their spans in order, none
    empty), as the view reads it, and the map from a place of that copy back to the same
    character's place in ``text`` (the copy's length to ``text``'s): a page's labels and
    crumbs are matched in the copy (``當(dāng)前位置``, ``發(fā)文字號(hào)``), their spans given
    back in the letter. A place right after a gloss maps past it: an end so mapped takes
    in the gloss of the span's last character."""
    pieces: list[str] = []
    cuts: list[int] = [0]  # where in the copy a gloss was taken out ...
    shifts: list[int] = [0]  # ... and how many characters were taken out up to there
    at = 0
    for start, end in glosses:
        pieces.append(text[at:start])
        cuts.append(cuts[-1] + start - at)
        shifts.append(shifts[-1] + end - start)
        at = end
    pieces.append(text[at:])

    def back(i: int) -> int:
        return i + shifts[bisect_right(cuts, i) - 1]

    return "".join(pieces), back


@cache
def table() -> dict[int, int]:
    """Each traditional character's code point mapped to its simplified one's."""
    return {ord(t): ord(s) for t, s in vocab.mapping("traditional").items()}


def fold(text: str) -> str | None:
    """``text`` with its traditional characters read as simplified ones, or None when it is
    not written in traditional characters (then it is read as it is)."""
    # A traditional reply letter has some of these (關於 or 有關, 會議 or 社會, 為了 or 作為,
    # 建議 or 議案; a short one cut to its body, a 提案's reply whose 關於 stands in a quote
    # kept as written, at least 你們/我們 or 對); a simplified one none unless it quotes one.
    # The gate a simplified letter pays, spelled out: six searches cost a tenth of a loop
    # over a tuple of them.
    if not (
        "關" in text or "會" in text or "為" in text or "議" in text or "們" in text or "對" in text
    ):
        return None
    mapping = table()
    changed = sum(1 for ch in text if ord(ch) in mapping)
    if changed < max(_LEAST, _SHARE * len(_HAN.findall(text))):
        return None
    # A simplified letter writes simplified forms (这, 们, 关, 会: some two in five of its
    # Han characters), a traditional one few (面, 台, 后, 只: characters traditional too,
    # one in ten at most): a short simplified letter quoting 對 and a name so written has
    # its handful of traditional characters outnumbered three times and more, whatever
    # share of its Han characters they make. (A mirror's copy that kept some places in
    # simplified characters, as the perturbations' conversion keeps the gold's, still has
    # more than a third as many traditional ones.) Counted on the lines that hold a
    # traditional character: a page whose chrome a mirror left simplified (its menu, crumbs,
    # footer, on lines of their own) around a short letter it turned is that letter's.
    if changed * _OUTNUMBERED <= _simplified_beside(text, mapping):
        return None
    return text.translate(mapping)


_FLAT_LINE = 200
"""A line longer than this is a page flattened onto one line (its lines joined by blanks):
:func:`_simplified_beside` counts it a piece at a time."""


def _simplified_beside(text: str, mapping: dict[int, int]) -> int:
    """How many characters in the table's simplified forms (:func:`_simplified`) the lines
    of ``text`` that hold a traditional character write. A line flattened from a page's
    lines (longer than :data:`_FLAT_LINE`) is counted by its pieces between blanks, as its
    lines were: the site's simplified chrome run on before and after a short letter it
    turned is no piece of the letter's (left58a)."""
    simplified = _simplified()
    count = 0
    for line in text.split("\n"):
        for piece in _BLANKS.split(line) if len(line) > _FLAT_LINE else (line,):
            if any(ord(ch) in mapping for ch in piece):
                count += sum(1 for ch in piece if ch in simplified)
    return count


@cache
def _simplified() -> frozenset[str]:
    """The characters the table reads a traditional one as that are no traditional
    character of the table themselves (这, 们, 关; 面 and 后 among them, traditional too)."""
    folded = table()
    return frozenset(chr(s) for s in folded.values() if s not in folded)


def unfold(record: BaseModel, original: str, folded: str, glossed: bool = False) -> None:
    """Give the strings of ``record``, parsed from ``folded``, back in ``original``'s
    characters (in place). A string is looked for where the record says it stands (its
    own span, else its item's), else where it first stands in the fold. A string that
    stands nowhere as it is (signers the parser joined with 、) has each character the
    letter folds one way only given back; a value the parser made (a date's ISO form, a
    handling type) has none and is left as is, and a proposal's kind and an addressee's role
    are left in the fold's characters (``建议``, ``议案``, ``委员``: a class of item or of
    person, which a query names one way). With
    ``glossed`` (the view dropped a pinyin gloss, :data:`GLOSS`), a string its span holds
    with glosses in gets them back: the letter as written (``folded`` may then be the
    letter itself)."""
    _unfold_model(record, _Letter(original, folded, glossed), None)


class _Letter:
    """A letter as written and its fold, and the characters the fold changed in it."""

    def __init__(self, original: str, folded: str, glossed: bool = False) -> None:
        self.original = original
        self.folded = folded
        self.glossed = glossed
        """Whether the view dropped a pinyin gloss of the letter (:data:`GLOSS`)."""
        self.back: dict[int, int] = {}
        seen: dict[str, set[str]] = {}
        # (each pair of characters once: a letter's thousands of characters are some
        # hundreds of pairs, gathered in C; what each character is read as does not hang on
        # the order they are met in)
        for written, read in set(zip(original, folded, strict=True)):
            seen.setdefault(read, set()).add(written)
        for read, writings in seen.items():
            if len(writings) == 1 and read not in writings:
                self.back[ord(read)] = ord(next(iter(writings)))


def _unfold_model(model: BaseModel, letter: _Letter, window: Any) -> None:
    names = type(model).model_fields
    own = getattr(model, "span", None) if "span" in names else None
    window = own if own is not None else window
    for name in names:
        if name in ("source", "text") and isinstance(model, _letter_class()):
            continue  # the source is the file's; the letter's text is set by the caller
        if (name == "kind" and isinstance(model, _proposal_class())) or (
            name == "role" and isinstance(model, _addressee_class())
        ):
            # a proposal's kind is a class of item (建议, 提案, 议案), not a string copied,
            # and so is an addressee's role (代表, 委员, 人大代表; fix90): it stays the
            # fold's word, as a handling type stays its letter
            continue
        value = getattr(model, name)
        if type(value) is str:  # not an enumeration's member (a diagnostic's code)
            field_span = f"{name}_span" if f"{name}_span" in names else None
            spans = getattr(model, field_span) if field_span else None
            written = _written(value, letter, spans or window)
            if letter.glossed and (spans or own) is not None:
                # the gloss of the string's last character, right after its span: its own
                glossed = _with_last_gloss(written, letter, spans or own)
                if glossed is not None:
                    written, end = glossed
                    span_name = field_span if field_span and spans else "span"
                    setattr(model, span_name, (getattr(model, span_name)[0], end))
            if written != value:
                setattr(model, name, written)
        elif isinstance(value, BaseModel):
            _unfold_model(value, letter, window)
        elif isinstance(value, list) and value:
            plural = f"{name}_spans" if f"{name}_spans" in names else None
            if plural is None and name == "keywords":
                plural = "keyword_spans"
            spans = getattr(model, plural) if plural else None
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    _unfold_model(item, letter, window)
                elif type(item) is str:
                    at = spans[i] if spans is not None and i < len(spans) else window
                    value[i] = _written(item, letter, at)


@cache
def _letter_class() -> type[BaseModel]:
    from replyparse.model import Letter

    return Letter


@cache
def _proposal_class() -> type[BaseModel]:
    from replyparse.model import Proposal

    return Proposal


@cache
def _addressee_class() -> type[BaseModel]:
    from replyparse.model import Addressee

    return Addressee


def _with_last_gloss(written: str, letter: _Letter, span: Any) -> tuple[str, int] | None:
    """``written`` and its span's new end with the pinyin gloss the letter sets right after
    the span, when ``written`` fills the span as written (``韓忠國`` of ``韓忠國(guó)等``, a
    title's last ``答復(fù)``, also a title joined from its lines, which ``written`` fills
    without their breaks and blanks): the gloss is the last character's, kept as the inner
    ones are; None when no gloss stands there."""
    start, end = span[0], span[1]
    original = letter.original
    if end >= len(original) or original[end] not in "(（":
        return None
    if original[start:end] != written and _BLANKS.sub("", original[start:end]) != written:
        return None  # (a value joined from its lines fills its span as written too)
    gloss = GLOSS.match(original, end)
    return (written + gloss.group(), gloss.end()) if gloss is not None else None


def _written(value: str, letter: _Letter, span: Any) -> str:
    """``value`` as the letter writes it where the fold has it."""
    original, folded = letter.original, letter.folded
    if span is not None:
        start, end = span[0], span[1]
        if folded[start:end] == value:
            return original[start:end]
        if letter.glossed:
            if _unglossed(folded[start:end]) == _unglossed(value):
                # a pinyin gloss the view read past, kept (and one an invisible character
                # broke, which the view kept: 關(g\u200buān)于)
                return original[start:end]
            if (kept := _glossed_over_breaks(value, original, folded, start, end)) is not None:
                return kept
        at = folded.find(value, start, end)
        if at >= 0:
            stop = at + len(value)
            if letter.glossed and (gloss := GLOSS.match(original, stop)) is not None:
                stop = gloss.end()  # the gloss of its last character, its own (秩(zhì))
            return original[at:stop]
        if letter.glossed and (kept := _glossed_inside(value, original, folded, start, end)):
            return kept
        picked = _subsequence(value, folded, start, end)
        if picked is not None:
            return "".join(original[i] for i in picked)
    at = folded.find(value)
    if at >= 0:
        return original[at : at + len(value)]
    return value.translate(letter.back)


_BLANKS = re.compile(r"\s+")


def _unglossed(text: str) -> str:
    """``text`` as the view reads it: without its pinyin glosses, and without the invisible
    format characters a web copy left among them (``會\u200b(huì)``, ``(g\u200buān)``: the
    view reads past those; :func:`replyparse.invisible.drop_invisible` takes them out of
    the record's strings after)."""
    if INVISIBLE.search(text) is not None:
        text = INVISIBLE.sub("", text)
    return GLOSS.sub("", text)


def _glossed_over_breaks(
    value: str, original: str, folded: str, start: int, end: int
) -> str | None:
    """``original[start:end]`` without its line breaks and blanks, its pinyin glosses kept,
    when that is ``value`` with the glosses (a title joined from its lines: ``關(guān)于…`` /
    ``…的建議``, a gloss broken over the break too); None otherwise."""
    if _BLANKS.search(value) is not None:
        return None
    squeezed = _BLANKS.sub("", folded[start:end])
    if _unglossed(squeezed) != _unglossed(value):  # (a gloss the break hid is in value)
        return None
    return _BLANKS.sub("", original[start:end])


def _glossed_inside(value: str, original: str, folded: str, start: int, end: int) -> str | None:
    """``value`` as ``original[start:end]`` writes it with its pinyin glosses, when it stands
    there whole once they are read past (a section's heading inside its text, which its
    span holds: ``加強(qiáng)學(xué)校…``), the gloss of its last character with it. When
    it does not stand there so (no gloss in the window, or the value not found in it), it
    falls back to :func:`_glossed_inside_over_breaks`: a value a line break or a blank
    inside the span parts, read past them and given back without them. None otherwise."""
    window = folded[start:end]
    kept: list[int] | None = None
    if INVISIBLE.search(window) is not None:
        # read past the invisible characters as the view does (``kept``: where each
        # character left stands in the window), the value too (a gloss one broke is in it)
        kept = [i for i, ch in enumerate(window) if ch not in FORMAT_CHARS]
        window = "".join(window[i] for i in kept)
        value = _unglossed(value)
    glosses = [m.span() for m in GLOSS.finditer(window)]
    if not glosses:
        return _glossed_inside_over_breaks(value, original, folded, start, end, kept)
    copy, back = unglossed(window, glosses)
    at = copy.find(value)
    if at < 0 or not value:
        return _glossed_inside_over_breaks(value, original, folded, start, end, kept)
    first, stop = back(at), back(at + len(value))
    if kept is not None:
        first, stop = kept[first], kept[stop - 1] + 1
    return original[start + first : start + stop]


def _glossed_inside_over_breaks(
    value: str, original: str, folded: str, start: int, end: int, kept: list[int] | None
) -> str | None:
    """:func:`_glossed_inside` for a value that a line break or a blank inside its span
    parts (a section's heading a hard-wrapped copy printed over two lines, joined by the
    parse: ``…交通違`` / ``法行為``): the value read past the window's blanks too, and given
    back without them, its glosses kept (a gloss the break cut in two joined whole), as a
    title joined from its lines is (:func:`_glossed_over_breaks`); None when it does not
    stand there so, or holds a blank of its own, or an invisible character is about."""
    if kept is not None or not value or _BLANKS.search(value) is not None:
        return None
    window = folded[start:end]
    if _BLANKS.search(window) is None:
        return None
    solid = [i for i, ch in enumerate(window) if not ch.isspace()]
    squeezed = "".join(window[i] for i in solid)
    glosses = [m.span() for m in GLOSS.finditer(squeezed)]
    if not glosses:
        return None
    copy, back = unglossed(squeezed, glosses)
    at = copy.find(value)
    if at < 0:
        return None
    first, stop = solid[back(at)], solid[back(at + len(value)) - 1] + 1
    return _BLANKS.sub("", original[start + first : start + stop])


def _subsequence(value: str, folded: str, start: int, end: int) -> list[int] | None:
    """The places in ``folded[start:end]`` of ``value``'s characters in order (a title
    joined from its lines, its blanks dropped), or None when it does not stand there."""
    places = []
    at = start
    for ch in value:
        at = folded.find(ch, at, end)
        if at < 0:
            return None
        places.append(at)
        at += 1
    return places
