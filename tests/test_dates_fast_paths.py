"""The dates reader's shortcuts against the plain readings they stand for."""

from __future__ import annotations

from goldsets import all_letters, at_least
from replyparse.context import Claims, Context
from replyparse.fields import dates
from replyparse.layout import segment
from replyparse.model import make_letter
from replyparse.parser import REGISTRY
from replyparse.textview import TextView


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
