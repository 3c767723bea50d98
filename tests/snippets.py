"""Invented letter openings (in our own words) that the fast-path tests of several modules
read beside the gold letters: proposal numbers, kinds and titles in the shapes real
letters write them."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.printwidth import columns
from spans import span_problems

PROPOSAL_OPENINGS = [
    "关于加强某某管理的建议的答复\n张代表：\n您提出的第12号建议收悉，现答复如下：",
    "对市十七届人大三次会议第56号建议的答复\n您提出的《关于改善村道照明的建议》收悉。",
    "某区政协八届一次委员第094号提案\n王委员：\n你的提案收悉。",
    "关于“3A”级景区的建议（第24号）\n您好！您提出的关于打造“3A”级景区的建议收悉。",
    "建议第12号\n“关于解决“停车难”的建议”(第10号提案)已交我局办理。",
    "第181号《某某规划》\n第12号：“某某”提案收悉",
]


# A short letter with one line of marks or notes, ``{line}``, above its issuer (MARK_AT_HEAD)
# or under its date (MARK_AT_END): where the handling-type and publication notes stand.
REPLY_UNDER_TITLE = (
    "李某代表：\n"
    "您提出的《关于修缮某村水塘的建议》收悉，现答复如下：\n"
    "一、基本情况\n"
    "该项目需资金20万元，目前正在争取。\n"
    "感谢您对我局工作的关心。\n"
)
"""A short reply from its salutation to its thanks, to set under a head being tested."""
MARK_TITLE = "关于市十五届人大三次会议第8号建议的答复"
MARK_AT_HEAD = (
    "{line}\n某市民政局\n" + MARK_TITLE + "\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢您的关心和支持。\n某市民政局\n2024年6月1日\n"
)
MARK_AT_END = (
    "某市民政局\n" + MARK_TITLE + "\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢您的关心和支持。\n某市民政局\n2024年6月1日\n{line}\n"
)


# A short signed reply with contact lines, ``lines``, under its date: the contacts' tests
# read the (name, phone) rows those lines give, and check that the signature above holds.
SIGNED_REPLY = (
    "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n　　感谢您对我们工作的支持。\n"
    "某县交通运输局\n2024年5月10日\n"
)

ContactRow = tuple[str | None, str | None]
Contact = tuple[str | None, str | None, str | None]


def _signed_contacts(lines: str) -> list[Contact]:
    letter = parse_text(SIGNED_REPLY + lines + "\n", keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-10")
    assert span_problems(letter) == []
    return [(c.name, c.org, c.phone) for c in letter.contacts]


def contact_rows(lines: str) -> list[ContactRow]:
    """The (name, phone) of each contact ``SIGNED_REPLY`` with ``lines`` under it gives."""
    return [(name, phone) for name, _, phone in _signed_contacts(lines)]


def contacts_of(lines: str) -> list[Contact]:
    """The (name, org, phone) of each contact ``SIGNED_REPLY`` with ``lines`` under it
    gives."""
    return _signed_contacts(lines)


def glued(text: str) -> str:
    """``text``'s lines stripped and joined with nothing: how a copy that lost its line
    breaks reads (perturb's one-line-glued, without its gold)."""
    return "".join(line.strip() for line in text.split("\n"))


def spaced(text: str) -> str:
    """``text``'s lines stripped and joined with a blank, empty ones left out: how a copy
    that flattened its lines onto one reads (perturb's one-line-space, without its gold)."""
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def printed(lines: list[str], width: int) -> list[str]:
    """Each of ``lines`` printed at ``width`` columns, broken where the next character does
    not fit (no rule for words or marks: the plainest hard wrap)."""
    out: list[str] = []
    for line in lines:
        row, used = "", 0
        for ch in line:
            if used + columns(ch) > width:
                out.append(row)
                row, used = "", 0
            row += ch
            used += columns(ch)
        out.append(row)
    return out


def signature_of(text: str) -> tuple[str | None, str | None]:
    """The signing authority and the signature's date ``parse_text`` reads in ``text``."""
    letter = parse_text(text, keywords=False)
    return letter.signature.issuer, letter.signature.date


def section_headings(text: str) -> list[str]:
    """The headings of the top-level sections ``parse_text`` reads in ``text``."""
    return [s.heading for s in parse_text(text, keywords=False).sections]


COPIES = [
    pytest.param(str, id="lined"),
    pytest.param(spaced, id="blank"),
    pytest.param(glued, id="glued"),
]
"""A letter as written, flattened with blanks and glued: ``@pytest.mark.parametrize("flatten",
COPIES)`` runs a test on each."""
