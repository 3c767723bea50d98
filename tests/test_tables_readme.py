"""The README's three analyst queries, run as written on an archive that ``replyparse
extract --format sqlite`` makes of the samples (and of the real letters in
``../shared/corpus`` when present), their answers checked against the records. The queries are read from README.md, so the README cannot drift from what works.
Also: ``docs/tables.md``'s column reference is what the description generates today.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SHARED
from helpers import ROOT, load_script
from replyparse import parse_file
from replyparse.cli import app
from replyparse.model import Letter, Section
from replyparse.readers import SUPPORTED_SUFFIXES

README = ROOT / "README.md"
CORPUS = SHARED / "corpus" / "letters"
YEAR = 2022  # the year the third query asks about


def readme_queries() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    found = re.findall(r"<!-- query: ([a-z-]+) -->\n```sql\n(.*?)```", text, flags=re.DOTALL)
    return dict(found)


QUERIES = readme_queries()


def test_the_readme_has_the_three_queries() -> None:
    assert set(QUERIES) == {"amounts-per-issuer", "letters-per-year", "money-for-a-year"}
    assert "BETWEEN d.year AND d.year_end" in QUERIES["money-for-a-year"]
    assert str(YEAR) in QUERIES["money-for-a-year"]


def letter_folder(which: str) -> Path:
    if which == "samples":
        return ROOT / "samples"
    if not CORPUS.is_dir():
        pytest.skip(f"the real letters are not at {CORPUS} (../shared sits beside the repo)")
    return CORPUS


@pytest.fixture(scope="module", params=["samples", "corpus"])
def archive(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[sqlite3.Connection, list[Letter]]]:
    """The folder extracted by the real command into a SQLite archive, and its records."""
    folder = letter_folder(request.param)
    path = tmp_path_factory.mktemp("readme") / "archive.db"
    result = CliRunner().invoke(
        app, ["extract", str(folder), "-q", "--format", "sqlite", "-o", str(path)]
    )
    assert result.exit_code == 0, result.output
    files = sorted(p for p in folder.iterdir() if p.suffix in SUPPORTED_SUFFIXES)
    letters = [parse_file(p) for p in files]
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM letters").fetchone()[0] == len(letters)
    yield connection, letters
    connection.close()


def run(db: sqlite3.Connection, name: str) -> list[tuple[object, ...]]:
    return db.execute(QUERIES[name]).fetchall()


def test_amounts_per_issuer(archive: tuple[sqlite3.Connection, list[Letter]]) -> None:
    db, letters = archive
    expected: dict[str | None, tuple[int, int, float]] = {}
    for letter in letters:
        if letter.amounts:
            n, count, total = expected.get(letter.issuer, (0, 0, 0.0))
            money = sum(float(a.value) for a in letter.amounts)
            expected[letter.issuer] = (n + 1, count + len(letter.amounts), total + money)
    rows = run(db, "amounts-per-issuer")
    assert rows, "no amounts at all: the check would be empty"
    got = {r[0]: r[1:] for r in rows}
    assert len(got) == len(rows)  # one row per issuer
    assert set(got) == set(expected)
    for issuer, (n, count, total) in expected.items():
        assert got[issuer][:2] == (n, count), issuer
        assert math.isclose(float(got[issuer][2]), total, rel_tol=1e-9), issuer  # type: ignore[arg-type]
    totals = [float(r[3]) for r in rows]  # type: ignore[arg-type]
    assert totals == sorted(totals, reverse=True)


def own_year(letter: Letter) -> int | None:
    if letter.signature.date:
        return int(letter.signature.date[:4])
    return letter.doc_number.year if letter.doc_number else None


def test_letters_per_year(archive: tuple[sqlite3.Connection, list[Letter]]) -> None:
    db, letters = archive
    rows = run(db, "letters-per-year")
    assert dict(rows) == Counter(own_year(x) for x in letters)  # type: ignore[arg-type]
    assert sum(r[1] for r in rows) == len(letters)  # type: ignore[misc]
    years = [r[0] for r in rows if r[0] is not None]
    assert years == sorted(years)


def sections_in_order(sections: list[Section]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from sections_in_order(section.children)


def innermost(letter: Letter, start: int) -> int | None:
    """The reading-order position (1-based) of the deepest section holding ``start``."""
    found = None
    for position, section in enumerate(sections_in_order(letter.sections), start=1):
        if section.extent[0] <= start < section.extent[1]:
            found = position
    return found


def covers(value: str, end: str | None) -> bool:
    first = int(value[:4])
    last = int(end[:4]) if end else first
    return first <= YEAR <= last


def test_money_for_a_year(archive: tuple[sqlite3.Connection, list[Letter]]) -> None:
    db, letters = archive
    expected: list[tuple[object, ...]] = []
    for letter in letters:
        dated: defaultdict[int | None, bool] = defaultdict(bool)
        for date in letter.dates:
            dated[innermost(letter, date.span[0])] |= covers(date.value, date.end)
        headings = [s.heading for s in sections_in_order(letter.sections)]
        for amount in letter.amounts:
            section = innermost(letter, amount.span[0])
            if section is not None and dated[section]:
                assert letter.source is not None
                name = Path(letter.source.path).stem  # as the archive names it
                row = (letter.issuer, name, headings[section - 1], amount.text)
                expected.append((*row, float(amount.value)))
    assert run(db, "money-for-a-year") == expected


def test_the_samples_answer_the_third_question(
    archive: tuple[sqlite3.Connection, list[Letter]],
) -> None:
    """Not a vacuous check: the samples hold money for the year the query asks about."""
    db, letters = archive
    if len(letters) == len(list((ROOT / "samples").glob("*.txt"))):
        assert len(run(db, "money-for-a-year")) >= 2


# --- docs/tables.md ---------------------------------------------------------------------------


def test_the_column_reference_in_docs_is_current() -> None:
    script = load_script("tables_reference")
    current = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    assert script.render(current) == current, "docs/tables.md is stale: run `make readme`"
    assert "| `value_end` | REAL or null |" in current


def test_the_reference_generator_refuses_a_page_without_markers() -> None:
    script = load_script("tables_reference")
    with pytest.raises(RuntimeError, match="no <!-- tables:start/end --> markers"):
        script.render("# tables\n")
