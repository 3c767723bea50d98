"""The rule catalogue: every example does what it claims, every code the parser emits is
listed, selectors resolve as in ruff, and ``replyparse rules`` prints the catalogue.

The letters here are invented.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from helpers import run
from replyparse import model, parse_text
from replyparse.letterness import NOT_A_LETTER, is_letter
from replyparse.rules import (
    ALWAYS_ON,
    RULE_BY_CODE,
    RULES,
    AlwaysOnSelector,
    Rule,
    UnknownSelector,
    check_selectors,
    describe,
    enabled_codes,
    expand,
    severity_override,
)
from replyparse.validate import UNREADABLE

SRC = Path(__file__).resolve().parent.parent / "src" / "replyparse"

# Three clean letters; each rule's good example is a piece of one of them and its bad
# example the same piece written wrongly.
BASE_LEVELS = (
    "某市交通运输局\n某交函〔2021〕3号\n关于增设公交站点建议的答复\n张某代表：\n"
    "  您提出的关于增设公交站点的建议收悉，按照某交发〔2020〕8号文件要求，现答复如下。\n一、增设站点\n（一）东区先行。\n"
    "（二）西区随后。\n二、延长线路。\n  感谢您对交通工作的关心。\n某市交通运输局\n"
    "2021年6月5日\n抄送：甲委，乙办。\n"
)
BASE_PAREN_TOP = (
    "关于延长公交线路建议的答复\n李某委员：\n  您提出的建议收悉，现答复如下。\n（一）增设站点\n"
    "1.东区先行。\n2.西区随后。\n（二）延长线路。\n某市交通运输局\n2021年6月5日\n"
)
BASE_SHORT = (
    "关于增设公交站点建议的答复\n张某代表：\n  您提出的建议收悉，我们将认真研究。\n"
    "某市交通运输局\n2021年6月5日\n"
)
BASES = [BASE_LEVELS, BASE_PAREN_TOP, BASE_SHORT]
LETTER_RULES = [rule for rule in RULES if rule.code != NOT_A_LETTER and rule.switchable]


def codes(text: str) -> list[tuple[str, str]]:
    return [(str(d.code), d.severity) for d in parse_text(text).diagnostics]


@pytest.mark.parametrize("base", BASES, ids=["levels", "paren-top", "short"])
def test_the_base_letters_are_clean(base: str) -> None:
    letter = parse_text(base)
    assert letter.diagnostics == []
    assert is_letter(letter)


@pytest.mark.parametrize("rule", LETTER_RULES, ids=lambda r: r.code)
def test_bad_example_raises_exactly_its_code_and_good_one_nothing(rule: Rule) -> None:
    homes = [base for base in BASES if base.count(rule.good) == 1]
    assert homes, "the good example is no piece of a base letter"
    bad = homes[0].replace(rule.good, rule.bad)
    assert codes(bad) == [(rule.code, rule.severity)]


def test_not_a_letter_examples() -> None:
    rule = RULE_BY_CODE[NOT_A_LETTER]
    assert rule.severity == "error"
    assert not is_letter(parse_text(rule.bad))
    assert is_letter(parse_text(rule.good))


def _codes_in_source() -> set[str]:
    """The codes the package emits: the DiagnosticCode enum once the model has one, until
    then the string constants given as ``code=`` or as the first argument of the helpers
    that build diagnostics."""
    enum = getattr(model, "DiagnosticCode", None)
    if enum is not None:
        return {str(member) for member in enum}
    builders = {"_diag", "warn", "warn_once"}
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            args = [kw.value for kw in node.keywords if kw.arg == "code"]
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in builders and node.args:
                args.append(node.args[0])
            found.update(a.value for a in args if isinstance(a, ast.Constant))
    return found


def test_every_code_the_parser_emits_is_in_the_catalogue() -> None:
    emitted = _codes_in_source()
    assert len(emitted) >= 13
    # not-a-letter is judged by validate, not emitted by the parser
    assert emitted == set(RULE_BY_CODE) - {NOT_A_LETTER}


def test_codes_are_unique_and_summaries_one_line() -> None:
    assert len(RULE_BY_CODE) == len(RULES)
    for rule in RULES:
        assert "\n" not in rule.summary
        if rule.switchable:
            assert rule.bad is not None and rule.good is not None
            assert rule.bad != rule.good
        else:  # no letter text should raise it
            assert (rule.bad, rule.good) == (None, None)


def test_only_internal_error_is_always_on() -> None:
    assert sorted(ALWAYS_ON) == ["internal-error"]
    assert RULE_BY_CODE["internal-error"].severity == "error"


# --- selectors ------------------------------------------------------------------------

SECTION = {
    "section-out-of-sequence",
    "section-order",
    "section-level-skipped",
    "section-style-1dun",
}
ALL_CODES = set(RULE_BY_CODE)

SELECTIONS = [
    pytest.param(["ALL"], [], ALL_CODES, id="all"),
    pytest.param(["section"], [], SECTION, id="prefix"),
    pytest.param(["section-order"], [], {"section-order"}, id="one-code"),
    pytest.param(["ALL"], ["section"], ALL_CODES - SECTION, id="ignore-prefix"),
    pytest.param(
        ["section"], ["section-order"], SECTION - {"section-order"}, id="specific-ignore-wins"
    ),
    pytest.param(["section-order"], ["section"], {"section-order"}, id="specific-select-wins"),
    pytest.param(["date"], ["date"], set(), id="tie-is-ignore"),
    pytest.param(
        ["missing", "cc"],
        [],
        {"missing-title", "missing-salutation", "missing-body", "missing-date", "cc-no-period"},
        id="several",
    ),
    pytest.param([], [], set(), id="nothing-selected"),
]


@pytest.mark.parametrize(("select", "ignore", "expected"), SELECTIONS)
def test_enabled_codes(select: list[str], ignore: list[str], expected: set[str]) -> None:
    assert enabled_codes(select, ignore) == expected | ALWAYS_ON  # whatever is selected


@pytest.mark.parametrize("selector", ["internal-error", "internal"])
def test_an_always_on_rule_cannot_be_ignored_or_given_a_severity(selector: str) -> None:
    check_selectors([selector])  # selecting it is allowed (it runs anyway)
    with pytest.raises(AlwaysOnSelector, match=f"^{selector} cannot be switched off"):
        check_selectors([selector], overriding=True)
    with pytest.raises(AlwaysOnSelector):
        enabled_codes(["ALL"], [selector])
    check_selectors(["ALL"], overriding=True)  # ALL names switchable rules too


@pytest.mark.parametrize("selector", ["sec", "section-", "Section", "doc-numb", "all", ""])
def test_a_selector_must_name_whole_words_of_a_code(selector: str) -> None:
    with pytest.raises(UnknownSelector, match="unknown rule or prefix"):
        expand(selector)


@pytest.mark.parametrize(
    ("selector", "meant"),
    [
        ("section-ordr", "section-order"),
        ("sectoin", "section"),
        ("dates", "date"),
        ("missing_title", "missing-title"),
        ("Section", "section"),
        ("all", "ALL"),
        ("date-impossable", "date-impossible"),
        ("sec", None),
        ("nope", None),
        ("", None),
    ],
)
def test_a_misspelt_selector_is_told_the_code_or_prefix_it_is_close_to(
    selector: str, meant: str | None
) -> None:
    with pytest.raises(UnknownSelector) as caught:
        expand(selector)
    hint = f"did you mean {meant}? " if meant else ""
    assert str(caught.value) == f"unknown rule or prefix: {selector} ({hint}see replyparse rules)"


def test_rules_with_a_misspelt_code_says_the_code() -> None:
    code, stdout, stderr = rules("section-ordr")
    assert (code, stdout) == (2, "")
    assert "unknown rule or prefix: section-ordr (did you mean section-order?" in stderr


OVERRIDES = [
    pytest.param({"date": "error"}, "date-zero-padded", "error", id="prefix"),
    pytest.param(
        {"date": "error", "date-chinese-numerals": "info"},
        "date-chinese-numerals",
        "info",
        id="specific-wins",
    ),
    pytest.param({"ALL": "info", "cc": "warning"}, "cc-no-period", "warning", id="all-then-prefix"),
    pytest.param({"date": "error"}, "cc-no-period", None, id="not-named"),
    pytest.param({"ALL": "info"}, "internal-error", None, id="always-on-keeps-its-own"),
]


@pytest.mark.parametrize(("overrides", "code", "expected"), OVERRIDES)
def test_severity_override(overrides: dict[str, str], code: str, expected: str | None) -> None:
    assert severity_override(code, overrides) == expected  # type: ignore[arg-type]


# --- replyparse rules -----------------------------------------------------------------


def rules(*args: str) -> tuple[int, str, str]:
    return run("rules", *args)


LISTINGS = [
    pytest.param([], [rule.code for rule in RULES], id="whole-catalogue"),
    pytest.param(["section"], [r.code for r in RULES if r.code in SECTION], id="prefix"),
]


@pytest.mark.parametrize(("args", "codes"), LISTINGS)
def test_rules_lists_codes_in_catalogue_order(args: list[str], codes: list[str]) -> None:
    code, stdout, _ = rules(*args)
    assert code == 0
    heads = [line.split()[0] for line in stdout.splitlines() if line and not line[0].isspace()]
    assert heads == codes


def test_rules_listing_gives_each_rule_a_line_and_its_examples() -> None:
    _, stdout, _ = rules()
    assert (
        "salutation-colon         warning  the salutation does not end with the full-width colon ：\n"
        "    bad:  张某代表:\n"
        "    good: 张某代表：\n"
    ) in stdout


def test_rules_shows_multi_line_examples_indented() -> None:
    _, stdout, _ = rules("section-level-skipped", "--format", "text")
    assert stdout.endswith(
        "bad:  一、增设站点\n      1.东区先行。\n      2.西区随后。\n"
        "good: 一、增设站点\n      （一）东区先行。\n      （二）西区随后。\n"
    )


def test_rules_code_explains_one() -> None:
    code, stdout, _ = rules("cc-no-period")
    assert code == 0
    assert stdout == (
        "cc-no-period (info)\n"
        "the 抄送 list does not end with 。\n"
        "\n"
        "GB/T 9704-2012 7.4.2: the list of copy recipients ends with a full stop.\n"
        "\n"
        "bad:  抄送：甲委，乙办\n"
        "good: 抄送：甲委，乙办。\n"
    )
    assert stdout == describe(RULE_BY_CODE["cc-no-period"]) + "\n"


def test_rules_explains_the_always_on_rule_without_examples() -> None:
    code, stdout, _ = rules("internal-error")
    assert code == 0
    assert stdout.startswith("internal-error (error)\nreplyparse failed on part of the letter")
    assert "cannot switch it off" in " ".join(stdout.split())
    assert stdout.endswith("\n(always on; no letter text should raise it)\n")
    _, listed, _ = rules()
    assert listed.endswith(
        "internal-error           error    replyparse failed on part of the letter: a bug, "
        "not a fault of the letter\n    (always on; no letter text should raise it)\n"
    )


def test_rules_unknown_code_is_a_usage_error() -> None:
    code, stdout, stderr = rules("nope")
    assert code == 2
    assert stdout == ""
    assert "Invalid value for CODE: unknown rule or prefix: nope (see replyparse rules)" in stderr


def test_rules_explains_unreadable_which_validate_reports_but_is_no_rule() -> None:
    """validate prints `PATH: error: unreadable: REASON`; a reader who looks the code up
    gets what it means, not "unknown rule"."""
    code, stdout, stderr = rules(UNREADABLE)
    assert (code, stderr) == (0, "")
    assert stdout.startswith("unreadable (error)\na file validate could not read or check\n")
    assert "Not a rule" in stdout
    assert "--ignore" in stdout and "--max-\n" not in stdout
    code, stdout, _ = rules(UNREADABLE, "--format", "json")
    assert code == 0
    (entry,) = json.loads(stdout)
    assert (entry["code"], entry["severity"], entry["switchable"]) == (UNREADABLE, "error", False)
    _, listed, _ = rules()
    assert "unreadable" not in listed  # the catalogue lists rules only


def test_rules_json_is_the_catalogue() -> None:
    code, stdout, _ = rules("--format", "json")
    assert code == 0
    assert json.loads(stdout) == [rule.as_dict() for rule in RULES]
