"""The dates reader's shortcuts against the plain readings they stand for."""

from __future__ import annotations

from goldsets import all_letters, at_least
from replyparse.fields import dates
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
