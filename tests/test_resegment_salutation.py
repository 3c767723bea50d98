"""The salutation's shortcuts (resegment.py, ``_Reader._salutation_at`` and
``_Reader._names_start``) read as the plain reading.

``_OPENER`` is searched only in a run of names that holds 敬, 亲 or 致, and after a colon
the marker is asked only where no opening follows: on every letter of the gold sets (and
snippets of our own), the reader finds the salutation a plain reader finds, which asks
every search and the marker each time.
"""

from __future__ import annotations

import pytest

import goldsets
from replyparse import resegment as R
from replyparse import vocab
from replyparse.textview import Line, TextView, normalise_newlines
from replyparse.unwrap import unwrap

# Salutations as letters write them, with openers, notes, colons and markers after them.
_SNIPPETS = (
    "关于某事的答复\n尊敬的王某代表：\n您提出的建议收悉。",
    "致李某委员：一、关于经费问题。",
    "亲爱的赵某、钱某代表：\n现答复如下：",
    "王某（领衔）、刘某代表：一、基本情况。\n收悉。",
    "关于某事的答复函 敬爱的陈某委员：（一）情况。",
    "某局\n张三代表：\n1.关于道路。\n您的建议收悉。",
    "敬告王某代表们：您好。",
    "致某局：第一，某事。",
    "某局致李某委员：\n您提出的建议收悉。",
    "某厅尊敬的周某代表：（一）某事。",
    "关于某事的复函 孙某代表 您提出的建议收悉。",
    "关于某事的答复\n尊敬的致公党某县支部：\n你们提出的提案收悉。",
    "关于某事的答复\n致尊敬的吴某代表：\n您提出的建议收悉。",
    "关于某事的答复尊敬的郑某代表您好！您提出的建议收悉。",
    "关于某事的答复 冯某委员你们好：你们提出的提案收悉。",
    "关于某事的答复 某会议第5建议 苏某等代表 你们提出的建议收悉。",
    "关于某事的复函 苏某委员（某局）：您提出的提案收悉。",
    "关于某事的复函 苏某委员并附议人：你们提出的提案收悉。",
)


class _PlainReader(R._Reader):
    """The reader with every search of the salutation asked, as before the gates."""

    def _salutation_at(self, role: int, role_end: int) -> R._Salutation | None:
        norm = self.norm
        line = self.line_at(role)
        end = role_end + 1 if norm.startswith("们：", role_end) else role_end
        note = R._ROLE_NOTE.match(norm, end, line.end)
        end = end if note is None else note.end() - 1
        greeting = R._GREETING.match(norm, end, line.end)
        end = end if greeting is None else greeting.end() - 1
        colon = end < line.end and (norm[end] == "：" or greeting is not None)
        gap_after = end < line.end and self.gap(end)
        if colon:
            end += 1
        after = self.skip_space(end)
        said = after < line.end
        opening = after + 1 if said and norm[after] == "们" else after
        spoken = R._PRONOUN.match(norm, opening, line.end) is not None
        asked = R._ASKED.match(norm, opening, line.end) is not None
        if not colon and said and not (gap_after or spoken or asked):
            return None
        start = self._names_start(role, line)
        if start is None:
            return None
        gaps = (
            self.gaps_in(start + 1, role)
            if R._NOT_NAMES.search(norm, start, role) or R._ITEM_WORDS.search(norm, start, role)
            else []
        )
        if (
            gaps
            and not norm.endswith(R._ROLE_FIRST_WORDS, start, gaps[-1])
            and not R._NOT_NAMES.search(norm, gaps[-1], end)
            and not self.gaps_in(gaps[-1] + 1, end)
        ):
            start = gaps[-1]
        names = norm[start:role]
        opener = R._OPENER.match(names)
        opened = opener is not None
        while opener:
            names = names[opener.end() :]
            opener = None if opener.group().endswith("的") else R._OPENER.match(names)
        if not names or R._NOT_NAMES.search(names) or not R._NAMES.fullmatch(names):
            return None
        if colon:
            opens = not said or R._OPENING.search(norm[after : min(after + 60, line.end)])
            sections = said and self.marker_at(after, line.end) is not None
            return R._Salutation(start, end) if opens or sections else None
        titled = self.after_title(start, line)
        if not said:
            return R._Salutation(start, end) if titled and start > line.start else None
        if not (spoken or (gap_after and titled) or (asked and (opened or titled))):
            return None
        if not (spoken or asked) and self._number_at(after, line.end):
            return None
        if start != line.start and not R._TITLE_END.search(norm, line.start, start):
            return None
        return R._Salutation(start, end)

    def _names_start(self, role: int, line: Line) -> int | None:
        norm = self.norm
        run = role - R._run_before(R._NAME_RUN, norm, max(line.start, role - R.MAX_NAMES), role)
        if run == role:
            return None if role > line.start and norm[role - 1] != " " else role
        text = R._BESIDE_NOTES.sub(lambda m: "名" * len(m.group()), norm[run:role])
        bounds = [m.end() for m in R._TITLE_END.finditer(text)]
        bounds += [m.end() for m in R._HARD_BOUND.finditer(text)]
        if norm[run - 1 : run] == "：":
            value = R._KNOWN_VALUE.match(norm, run, role)
            if value is not None and value.end() < role:
                bounds.append(value.end() - run)
        start = run + max(bounds) if bounds else run
        openers = list(R._OPENER.finditer(norm, start, role))
        while len(openers) > 1 and openers[-2].end() == openers[-1].start():
            openers.pop()
        if openers:
            return openers[-1].start()
        if not bounds and run > line.start:
            for p in range(run + 2, role):
                if self.gap(p):
                    return p
        return start


def _texts() -> list[str]:
    return [*_SNIPPETS, *(letter.text() for letter in goldsets.all_letters())]


def _pair(reader: R._Reader) -> tuple[int, int] | None:
    found = reader.salutation()
    return None if found is None else (found.start, found.end)


@pytest.mark.parametrize("text", _texts())
def test_the_salutation_is_the_plain_reading_s(text: str) -> None:
    view = unwrap(TextView(normalise_newlines(text)))
    if not view.content_lines:
        return
    assert _pair(R._Reader(view)) == _pair(_PlainReader(view))
    # (every role word's reading too, not only the first that makes a salutation)
    reader, plain = R._Reader(view), _PlainReader(view)
    for m in R._SALUTATION_END.finditer(view.norm):
        ours, theirs = reader._salutation_at(*m.span()), plain._salutation_at(*m.span())
        assert (ours and (ours.start, ours.end)) == (theirs and (theirs.start, theirs.end))


def test_every_opener_holds_a_character_its_gate_asks() -> None:
    # (the gate asks 敬, 亲 and 致: every opener holds one, 尊敬的 and 敬爱的 its 敬)
    for word in vocab.words("salutation_openers"):
        assert any(c in word for c in "敬亲致"), word


def test_the_snippets_find_salutations_with_openers_and_markers() -> None:
    # (the gates are met open: an opener in the names, a marker after the colon alone)
    found = [_pair(R._Reader(unwrap(TextView(normalise_newlines(t))))) for t in _SNIPPETS]
    assert sum(f is not None for f in found) >= 6
