"""The dates reader's shortcuts against the plain readings they stand for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from goldsets import all_letters, at_least
from replyparse.context import Claims, Context
from replyparse.fields import dates
from replyparse.layout import segment
from replyparse.model import DateItem, make_letter
from replyparse.parser import REGISTRY
from replyparse.resegment import resegment
from replyparse.textview import TextView
from replyparse.unwrap import unwrap


def _iso_plain(year: int, month: int | None, day: int | None) -> str:
    """The ISO figures as the format specs write them."""
    if not month:
        return f"{year:04d}-{day:02d}" if day else f"{year:04d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


def test_iso_precision_writes_the_figures_as_the_format_specs_do() -> None:
    years = [0, 7, 99, 999, 1000, 1900, 1999, 2000, 2024, 2099, 2999, 12345]
    months = [None, 0, *range(1, 13), 39, 99, 100, 123]
    days = [None, 0, *range(1, 40), 99, 100, 123]
    for year in years:
        for month in months:
            for day in days:
                point = dates._Point(year, month, day)
                value, precision = dates._iso_precision(point)
                assert value == point.iso() == _iso_plain(year, month, day), point
                assert precision == point.precision, point


def test_iso_precision_reads_every_date_of_the_gold_letters_as_written() -> None:
    seen = 0
    for gold in all_letters():
        view = TextView(gold.text())
        for item in dates._found(view.norm, 2021):
            for point in (item.first, item.last):
                if point is not None:
                    assert dates._iso_precision(point)[0] == _iso_plain(*point), point
                    seen += 1
    assert seen >= at_least(150, 20)


def _contexts() -> list[Context]:
    """Each gold letter's context as the dates reader meets it (the extractors before it run)."""
    out = []
    for gold in all_letters():
        view = TextView(gold.text())
        ctx = Context(view=view, layout=segment(view), letter=make_letter({"text": view.original}))
        for extractor in REGISTRY:
            if extractor.name == "dates":
                break
            ctx.add_all(extractor.run(ctx))
        out.append(ctx)
    return out


def test_not_dates_takes_the_ranges_the_claims_give() -> None:
    excluded = 0
    for ctx in _contexts():
        plain = ctx.claims.ranges(*dates.NOT_DATES)
        assert sorted(dates._not_dates(ctx.claims)) == plain
        excluded += len(plain)
    assert excluded >= at_least(40, 5)


def test_not_dates_asks_about_subclasses_too() -> None:
    class Cited(dates.DocNumberFound):
        pass

    claims = Claims()
    claims.add(Cited, (3, 9))
    claims.add(dates.DateFound, (10, 12))
    claims.add(dates.StandardCode, (20, 30))
    assert sorted(dates._not_dates(claims)) == claims.ranges(*dates.NOT_DATES) == [(3, 9), (20, 30)]


def _items_plain(
    view: TextView, year: int | None, exclude: list[tuple[int, int]]
) -> list[dates.DateFound]:
    """The items the dates reader gives, read the plain way: each date's text and span from
    ``view.source``, its record through ``DateItem``'s ``__init__``."""
    out = []
    for item in dates._found(view.norm, year):
        if any(a <= item.start < b for a, b in exclude):
            continue
        assert item.end > item.start, item  # what the span read in place relies on
        text, span = view.source(item.start, item.end)
        date = DateItem(
            text=text,
            value=item.first.iso(),
            end=None if item.last is None else item.last.iso(),
            precision=item.first.precision,
            inferred=item.inferred,
            span=span,
        )
        out.append(dates.DateFound(date, date.span, (item.start, item.end)))
    return out


def _same(fast: Sequence[Any], plain: list[dates.DateFound]) -> None:
    assert fast == plain
    for a, b in zip(fast, plain, strict=True):
        assert a.value.model_dump() == b.value.model_dump()
        assert a.value.model_fields_set == b.value.model_fields_set


def test_extract_gives_the_items_read_the_plain_way() -> None:
    seen = inferred = 0
    for ctx in _contexts():
        signed = ctx.letter.signature.date
        plain = _items_plain(
            ctx.view, int(signed[:4]) if signed else None, ctx.claims.ranges(*dates.NOT_DATES)
        )
        _same(dates.extract(ctx), plain)
        seen += len(plain)
        inferred += sum(item.value.inferred for item in plain)
    assert seen >= at_least(150, 20)
    assert inferred >= at_least(5, 1)


# Dates where the view drops or joins what the letter wrote (blanks inside a date, a
# line broken inside one, full-width figures), ranges and year-less dates.
_SNIPPETS = [
    "经研究，定于2021年 5 月 6 日召开会议，会期为2021年5月6日至8日。",
    "请于２０２３年９月１５日前报送，自3月试点以来，进展顺利。",
    "该规划（2019-2035）已于2019年\n12月印发，2022年1—6月共办理12件。",
    "2018和2019年，二〇二〇年五月，2019.5.27，  2020 年",
    "联系电话：13900000123 2021年5月6日\n6月15日前完成，1—3月",
]


def test_dates_give_the_items_read_the_plain_way_on_any_view() -> None:
    texts = _SNIPPETS + [gold.text() for gold in all_letters()]
    seen = 0
    for text in texts:
        plain_view = TextView(text)
        for view in (plain_view, resegment(unwrap(TextView(text)))):
            for year in (None, 2021):
                for exclude in ([], [(0, 40)]):
                    plain = _items_plain(view, year, exclude)
                    _same(dates._dates(view, year, exclude), plain)
                    assert dates.find_dates(view, default_year=year, exclude=exclude) == [
                        item.value for item in plain
                    ]
                    seen += len(plain)
    assert seen >= at_least(600, 40)
