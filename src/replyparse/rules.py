"""The rule catalogue: every code ``validate`` can report, with its default severity, a
one-line summary, an explanation and a bad and a good example.

One place for what the checks report and what the docs say: ``replyparse rules`` prints
it, the README's rule table is generated from it, SARIF output lists it as the tool's
rules, and a test runs every example through the parser (the bad one must raise the
code at the severity given here, the good one must not). Selecting rules by code or
prefix (``--select``, ``--ignore``, ``[tool.replyparse]``) is resolved here too.

A rule that is not ``switchable`` (``internal-error``: the parser failed, so the other
rules cannot be trusted on that letter) always runs at its own severity: selectors pass
it by, and one that names nothing else in an ignore list or a severity table is refused.
It has no examples: no letter text should raise it.

No parser and no model are imported: ``replyparse rules`` and ``--help`` stay fast.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from replyparse.model import Severity

ALL = "ALL"
"""The selector that names every rule."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One check. ``bad`` and ``good`` are short pieces of letter text (invented), None
    for a rule no letter text should raise. ``switchable`` is False for a rule that
    always runs at its own severity."""

    code: str
    severity: Severity
    summary: str
    explanation: str
    bad: str | None
    good: str | None
    switchable: bool = True

    def as_dict(self) -> dict[str, str | bool | None]:
        return {
            "code": self.code,
            "severity": self.severity,
            "summary": self.summary,
            "explanation": self.explanation,
            "bad": self.bad,
            "good": self.good,
            "switchable": self.switchable,
        }


RULES: tuple[Rule, ...] = (
    Rule(
        code="not-a-letter",
        severity="error",
        summary="no 发文字号, salutation, numbered sections, signature, date or proposal found",
        explanation=(
            "The text was read but holds none of the parts a reply letter is made of: no "
            "发文字号, no salutation naming an addressee, no numbered sections, no signature "
            "or 成文日期, and no proposal it answers. It is probably the wrong file (a note, "
            "a table, a page of a website). When this is reported, the other rules are not "
            "run on the file."
        ),
        bad="周末去湖边走走，记得带伞。",
        good="张某代表：\n  您提出的关于增设公交站点的建议收悉，现答复如下。",
    ),
    Rule(
        code="doc-number-format",
        severity="warning",
        summary="发文字号 not written as 代字〔年份〕序号号",
        explanation=(
            "GB/T 9704-2012 7.2.5: the document number is the issuer's code, the year in full "
            "in hexagonal brackets 〔〕, and the serial number without leading zeros and "
            "without 第. One diagnostic is given for each thing that differs."
        ),
        bad="某交函[2021]3号",
        good="某交函〔2021〕3号",
    ),
    Rule(
        code="cited-doc-number",
        severity="warning",
        summary="a 发文字号 cited in the text has its year in brackets other than 〔〕",
        explanation=(
            "GB/T 9704-2012 7.2.5 writes the year of a 发文字号 in hexagonal brackets 〔〕, "
            "and a document the text cites by its 发文字号 is cited with the number as it "
            "was issued. A cited number whose year stands in [], ［］, 【】, () or （）, in "
            "the look-alikes ﹝﹞ 〖〗, or in the angle brackets or braces a scan or a typist "
            "writes for 〔〕 (〈〉 <> {} ｛｝), is reported, pointed at the number, its brackets "
            "quoted as written. The letter's own 发文字号 is doc-number-format's."
        ),
        bad="按照某交发[2020]8号文件要求",
        good="按照某交发〔2020〕8号文件要求",
    ),
    Rule(
        code="missing-title",
        severity="warning",
        summary="no title (标题) found",
        explanation=(
            "A reply letter carries a title that names what it answers, usually "
            "关于……建议（提案）的答复, between the header and the salutation."
        ),
        bad="某交函〔2021〕3号\n张某代表：",
        good="某交函〔2021〕3号\n关于增设公交站点建议的答复\n张某代表：",
    ),
    Rule(
        code="missing-salutation",
        severity="warning",
        summary="no salutation (主送) line ending with ：",
        explanation=(
            "GB/T 9704-2012 7.3.2: the letter names whom it is addressed to on a line of its "
            "own, under the title, ending with a full-width colon."
        ),
        bad="关于增设公交站点建议的答复\n  您提出的关于增设公交站点的建议收悉",
        good="关于增设公交站点建议的答复\n张某代表：\n  您提出的关于增设公交站点的建议收悉",
    ),
    Rule(
        code="salutation-colon",
        severity="warning",
        summary="the salutation does not end with the full-width colon ：",
        explanation=(
            "GB/T 9704-2012 7.3.2: the 主送 line ends with the full-width colon ：. A "
            "half-width colon :, a look-alike of ： (∶ U+2236, ︰ U+FE30, ﹕ U+FE55), a mark "
            "in its place (，, ；), a greeting in its place (，您好！) or no mark at all is "
            "reported, pointed at the mark (at the greeting from its comma; at the line's "
            "last character when there is none). A salutation written a line for each "
            "addressee (张某代表： / 李某委员：) is checked line by line."
        ),
        bad="张某代表:",
        good="张某代表：",
    ),
    Rule(
        code="missing-body",
        severity="warning",
        summary="no body text (正文) found",
        explanation=(
            "Between the salutation and the signature there is no text: the letter answers "
            "nothing, or its body was lost when the file was made."
        ),
        bad="张某代表：\n某市交通运输局",
        good="张某代表：\n  您提出的建议收悉，我们将认真研究。\n某市交通运输局",
    ),
    Rule(
        code="section-out-of-sequence",
        severity="warning",
        summary="a section number does not follow the one before it",
        explanation=(
            "Numbered sections count up one by one (一、 二、 三、; 1. 2. 3.). A number that "
            "skips, repeats or starts again is reported; a marker that cannot continue any "
            "open level is read as body text."
        ),
        bad="（一）东区先行。\n（三）西区随后。",
        good="（一）东区先行。\n（二）西区随后。",
    ),
    Rule(
        code="section-order",
        severity="warning",
        summary="section levels nested in the wrong order",
        explanation=(
            "GB/T 9704-2012 7.3.3 orders the levels 一、 → （一） → 1. → （1）. A level nested "
            "under one of the same or a lower rank (（一） under 1.) is reported once per pair."
        ),
        bad="（一）增设站点\n一、东区先行。\n二、西区随后。",
        good="（一）增设站点\n1.东区先行。\n2.西区随后。",
    ),
    Rule(
        code="section-level-skipped",
        severity="warning",
        summary="a section level is skipped",
        explanation=(
            "GB/T 9704-2012 7.3.3 orders the levels 一、 → （一） → 1. → （1）. A level that "
            "comes directly under one two ranks above it (1. under 一、) is reported once "
            "per pair."
        ),
        bad="一、增设站点\n1.东区先行。\n2.西区随后。",
        good="一、增设站点\n（一）东区先行。\n（二）西区随后。",
    ),
    Rule(
        code="section-style-1dun",
        severity="warning",
        summary="third-level sections numbered 1、 instead of 1.",
        explanation=(
            "GB/T 9704-2012 7.3.3 writes the third level with an Arabic numeral and a full "
            "stop (1.), not with the enumeration comma 、."
        ),
        bad="1、东区先行。\n2、西区随后。",
        good="1.东区先行。\n2.西区随后。",
    ),
    Rule(
        code="missing-date",
        severity="warning",
        summary="no 成文日期 (date line) at the end of the letter",
        explanation=(
            "GB/T 9704-2012 7.3.5: the letter ends with the issuer and the date it was "
            "written, on a line of its own. A date on the 印发 line of the 版记 "
            "(2021年6月5日印发) is the date the letter was printed, not that date: the "
            "finding then names it. A date line damaged past reading (2021830), or one the "
            "text ends inside with its day cut where more figures could follow (…某局 "
            "2021年9月2), gives no date either: the finding points at it."
        ),
        bad="某市交通运输局\n抄送：甲委，乙办。",
        good="某市交通运输局\n2021年6月5日\n抄送：甲委，乙办。",
    ),
    Rule(
        code="date-zero-padded",
        severity="warning",
        summary="成文日期 with a leading zero in the month or the day",
        explanation=(
            "GB/T 9704-2012 7.3.5.4: the date is written with Arabic numerals, the year in "
            "full and no leading zero in month or day. Pointed at the padded figures "
            "(the 03 of 2021年03月5日), the message naming each and the date as the "
            "standard writes it."
        ),
        bad="2021年06月05日",
        good="2021年6月5日",
    ),
    Rule(
        code="date-separators",
        severity="warning",
        summary="成文日期 in figures with separators (2021-06-05) instead of 年月日",
        explanation=(
            "GB/T 9704-2012 7.3.5.4: the date of writing is written with 年, 月 and 日 after "
            "the Arabic numerals, the year in full and no leading zero in month or day; a "
            "date in figures with - . or / between them is read as the same date."
        ),
        bad="2021-06-05",
        good="2021年6月5日",
    ),
    Rule(
        code="date-no-day",
        severity="warning",
        summary="成文日期 that names a year and a month but no day",
        explanation=(
            "GB/T 9704-2012 7.3.5.4: the date of writing gives the year, the month and the "
            "day in full; a date to the month is read as such (YYYY-MM)."
        ),
        bad="2021年6月",
        good="2021年6月5日",
    ),
    Rule(
        code="date-impossible",
        severity="warning",
        summary="成文日期 that names no day of the calendar",
        explanation=(
            "The date line gives a month past 12, a day the month does not have (2月30日, "
            "2月29日 in a common year) or a year outside 1900 to 2099, written with 年月日 or "
            "in figures (2021-2-30, 2021.13.5, 2021/2/30), or a month or day written as a "
            "zero in numerals (二〇二一年六月零日): a typing slip. The "
            "letter then has no date of writing (the record's signature date is null); the "
            "finding names the date as written and what is wrong with it."
        ),
        bad="2021年6月31日",
        good="2021年6月5日",
    ),
    Rule(
        code="date-full-stop",
        severity="warning",
        summary="成文日期 followed by a full stop",
        explanation=(
            "GB/T 9704-2012 7.3.5.4: the date of writing stands alone on its line, year, "
            "month and day; a full stop after it is a typing or copying slip. The date is "
            "still read."
        ),
        bad="2021年6月5日。",
        good="2021年6月5日",
    ),
    Rule(
        code="date-chinese-numerals",
        severity="info",
        summary="成文日期 written in Chinese numerals",
        explanation=(
            "GB/T 9704-2012 7.3.5.4 writes the date in Arabic numerals; 二〇二一年 was the "
            "older rule and is still common, so this is only a note."
        ),
        bad="二〇二一年六月五日",
        good="2021年6月5日",
    ),
    Rule(
        code="cc-no-period",
        severity="info",
        summary="the 抄送 list does not end with 。",
        explanation="GB/T 9704-2012 7.4.2: the list of copy recipients ends with a full stop.",
        bad="抄送：甲委，乙办",
        good="抄送：甲委，乙办。",
    ),
    Rule(
        code="internal-error",
        severity="error",
        summary="replyparse failed on part of the letter: a bug, not a fault of the letter",
        explanation=(
            "An extractor of the parser raised an exception on this letter (the message "
            "names it and the exception's type). The fields it fills are missing from the "
            "record, so the other rules may report parts as missing or stay silent about "
            "them: the check of this letter is incomplete. It is always on, at severity "
            "error, and fails the check whatever --fail-on says (none too); --ignore and the "
            "config cannot switch it off. Please report it with the letter (or a piece of "
            "it) that raises it."
        ),
        bad=None,
        good=None,
        switchable=False,
    ),
)

RULE_BY_CODE: Mapping[str, Rule] = {rule.code: rule for rule in RULES}
ALWAYS_ON: frozenset[str] = frozenset(rule.code for rule in RULES if not rule.switchable)
"""The codes that always run at their catalogue severity, whatever is selected."""


NO_EXAMPLE = "always on; no letter text should raise it"
"""What ``replyparse rules`` shows instead of the examples of a rule that has none."""


def _example(label: str, text: str, indent: str) -> list[str]:
    first, *rest = text.split("\n")
    head = f"{label}:".ljust(6)
    return [f"{indent}{head}{first}", *(indent + " " * len(head) + line for line in rest)]


def _examples(rule: Rule, indent: str) -> list[str]:
    if rule.bad is None or rule.good is None:
        return [f"{indent}({NO_EXAMPLE})"]
    return [*_example("bad", rule.bad, indent), *_example("good", rule.good, indent)]


def listing(rules: Iterable[Rule]) -> str:
    """The rules one after another: code, severity and summary, then the two examples."""
    rules = list(rules)
    width = max(len(rule.code) for rule in rules)
    blocks = []
    for rule in rules:
        lines = [f"{rule.code:<{width}}  {rule.severity:<7}  {rule.summary}"]
        lines += _examples(rule, "    ")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def describe(rule: Rule) -> str:
    """One rule in full, for ``replyparse rules CODE``."""
    lines = [
        f"{rule.code} ({rule.severity})",
        rule.summary,
        "",
        *textwrap.wrap(rule.explanation, width=88),
        "",
        *_examples(rule, ""),
    ]
    return "\n".join(lines)


class SelectorError(ValueError):
    """A ``--select``/``--ignore`` value or config key that cannot be used."""


class UnknownSelector(SelectorError):
    """A selector that names no rule."""

    def __init__(self, selector: str) -> None:
        self.selector = selector
        near = closest_selector(selector)
        hint = f"did you mean {near}? " if near is not None else ""
        super().__init__(f"unknown rule or prefix: {selector} ({hint}see replyparse rules)")


def closest_selector(selector: str) -> str | None:
    """The code, prefix of whole words (``section``, ``date``) or ``ALL`` that
    ``selector`` most likely misspells (``section-ordr``, ``dates``, ``missing_title``,
    ``all``), or None when none is close (``sec``, ``nope``)."""
    import difflib

    names = {ALL.lower(): ALL}
    for rule in RULES:
        words = rule.code.split("-")
        for end in range(1, len(words) + 1):
            name = "-".join(words[:end])
            names[name] = name
    typed = selector.lower().replace("_", "-")
    close = difflib.get_close_matches(typed, list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None


class AlwaysOnSelector(SelectorError):
    """A selector, in an ignore list or a severity table, that names only rules that
    cannot be switched off or given another severity."""

    def __init__(self, selector: str) -> None:
        self.selector = selector
        super().__init__(
            f"{selector} cannot be switched off or given another severity "
            f"(see replyparse rules {selector})"
        )


def matches(selector: str, code: str) -> bool:
    """Whether ``selector`` names ``code``: ``ALL``, the code itself, or a prefix of whole
    words of it (``section`` and ``section-out`` name ``section-out-of-sequence``;
    ``sec`` names nothing)."""
    return selector == ALL or code == selector or code.startswith(selector + "-")


def _specificity(selector: str) -> int:
    return -1 if selector == ALL else len(selector)


def expand(selector: str) -> list[Rule]:
    """The rules ``selector`` names, in catalogue order; :class:`UnknownSelector` if none."""
    named = [rule for rule in RULES if matches(selector, rule.code)]
    if not named:
        raise UnknownSelector(selector)
    return named


def check_selectors(selectors: Iterable[str], *, overriding: bool = False) -> None:
    """Raise :class:`UnknownSelector` for the first selector that names no rule; with
    ``overriding`` (an ignore list, a severity table) :class:`AlwaysOnSelector` for one
    that names only rules that always run as they are."""
    for selector in selectors:
        named = expand(selector)
        if overriding and not any(rule.switchable for rule in named):
            raise AlwaysOnSelector(selector)


def _closest(selectors: Iterable[str], code: str) -> int | None:
    ranks = [_specificity(s) for s in selectors if matches(s, code)]
    return max(ranks) if ranks else None


def enabled_codes(select: Iterable[str], ignore: Iterable[str]) -> frozenset[str]:
    """The codes that run. As in ruff, the most specific selector decides: with
    ``select=["section"]`` and ``ignore=["section-order"]`` that one rule is off; with
    ``select=["section-order"]`` and ``ignore=["section"]`` it is on. A tie is an ignore.
    The :data:`ALWAYS_ON` codes are always in.
    """
    select, ignore = list(select), list(ignore)
    check_selectors(select)
    check_selectors(ignore, overriding=True)
    out = set(ALWAYS_ON)
    for rule in RULES:
        chosen = _closest(select, rule.code)
        dropped = _closest(ignore, rule.code)
        if chosen is not None and (dropped is None or chosen > dropped):
            out.add(rule.code)
    return frozenset(out)


def severity_override(code: str, overrides: Mapping[str, Severity]) -> Severity | None:
    """The severity a selector in ``overrides`` gives ``code`` (the most specific selector
    wins), or None when none names it or ``code`` is :data:`ALWAYS_ON`."""
    if code in ALWAYS_ON:
        return None
    best: tuple[int, Severity] | None = None
    for selector, severity in overrides.items():
        if matches(selector, code) and (best is None or _specificity(selector) > best[0]):
            best = (_specificity(selector), severity)
    return None if best is None else best[1]
