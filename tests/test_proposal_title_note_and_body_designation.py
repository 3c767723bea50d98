"""Three readings of the proposal (fix113): a title line's note after its 文种 ending and a
colon that quotes the item's title, its kind word after the quote, wins over the opening's
unquoted phrase (a mirror's brand before the quote or not); where neither title nor opening
names the item's title, the body's quote right after the item's own number and kind word
does; and a class's letter with 类 in the number (第A类5号) is read as written. Snippets
written for these tests; names, numbers and brands invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

SALUTATION = "王某代表:\n"
BODY = "  我局已组织研究。\n"


def _proposal(text: str) -> tuple[str | None, str | None, str | None]:
    record = parse_text(text, keywords=False)
    assert span_problems(record) == []
    p = record.proposal
    assert p is not None
    return p.kind, p.number, p.title


@pytest.mark.parametrize(
    ("title", "opening", "read"),
    [
        pytest.param("对区九届人大二次会议第R12号建议的答复:“增设城东公交线路 方便居民出行” 的建议",
                     "您提出的增设城东公交线路 方便居民出行 的建议收悉,现答复如下:",
                     "增设城东公交线路方便居民出行", id="note-over-unquoted-opening"),
        pytest.param("对区九届人大二次会议第R12号建议的答复:银星体育_银星app-【官网下载】“增设城东公交线路”的建议",
                     "您提出的银星体育_银星app-【官网下载】增设城东公交线路的建议收悉,现答复如下:",
                     "增设城东公交线路", id="brand-before-the-quote"),
        pytest.param("对第R12号建议的答复——“增设城东公交线路”的建议",
                     "您提出的增设城东公交线路方便出行的建议收悉,现答复如下:",
                     "增设城东公交线路", id="after-a-dash"),
        # the title's own words quote a term: the opening's phrase, as before
        pytest.param("关于“增设城东公交线路”建议的答复",
                     "您提出的增设城东公交线路方便出行的建议收悉,现答复如下:",
                     "增设城东公交线路方便出行的建议", id="quote-in-the-title-s-words"),
        # words of a sentence between the colon and the quote: no note on the item
        pytest.param("对第R12号建议的答复:请见“增设城东公交线路”的建议",
                     "您提出的增设城东公交线路方便出行的建议收悉,现答复如下:",
                     "增设城东公交线路方便出行的建议", id="sentence-before-the-quote"),
    ],
)  # fmt: skip
def test_note_after_the_reply_ending(title: str, opening: str, read: str) -> None:
    text = f"{title}\n{SALUTATION}  {opening}\n{BODY}"
    assert _proposal(text)[2] == read


BODY_DESIGNATES = (
    "关于对县十届人大二次会议第7号建议的答复\n王某代表:\n"
    "  您在县十届人大二次会议上提出的第7号建议已交我局办理,现答复如下:\n"
    "  一、办理情况\n  我局收到县政府办转来的县人大{n}号建议{quote}后,及时研究办理。\n"
)


@pytest.mark.parametrize(
    ("n", "quote", "read"),
    [
        ("7", "“关于增设‘爱心驿站’服务点的建议”", "关于增设‘爱心驿站’服务点的建议"),
        ("7", "《关于增设城东公交线路的建议》", "关于增设城东公交线路的建议"),
        ("9", "“关于增设城东公交线路的建议”", None),  # another item's number
        ("17", "“关于增设城东公交线路的建议”", None),  # another, its figures ending in 7
        ("7", "“爱心驿站”", None),  # no proposal's title
    ],
)
def test_body_quote_after_the_item_s_own_number(n: str, quote: str, read: str | None) -> None:
    kind, number, title = _proposal(BODY_DESIGNATES.format(n=n, quote=quote))
    assert (kind, number, title) == ("建议", "7", read)


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("县政协九届四次会议政协委员提案(第A类5号)答复文书", "A类5"),
        ("关于县政协九届四次会议第B类12号提案的答复", "B类12"),
        ("关于第A类5号建议的答复", "A类5"),
    ],
)
def test_class_letter_number(title: str, number: str) -> None:
    text = f"{title}\n{SALUTATION}  您提出的《关于增设城东公交线路的建议》(第A5号)收悉。\n{BODY}"
    assert _proposal(text)[1] == number
