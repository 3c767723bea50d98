"""The same letter in every container gives the same record.

Each sample letter (``samples/*.txt``) and each seed (``../shared/seeds/*.txt``) is
written, in this session's temporary folder, as text in several encodings, as a
``.docx`` (runs split mid-word, Word-numbered headings, a page-number footer), and
through LibreOffice as ``.pdf``, ``.doc`` and ``.wps`` (two LibreOffice runs for all
letters together, one more to read all the .doc files back). Every copy is read back and parsed; its record must equal the plain
text's on the fields the container cannot change.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLES, SEEDS
from fixtures_build import build_docx, convert, encode, soffice
from replyparse.model import Letter
from replyparse.parser import parse_text
from replyparse.readers import Document, prefetch, read
from replyparse.textview import TextView

TEXT_FORMATS = {
    # id → (codec, with BOM, CRLF, encoding the reader must report)
    "utf-8": ("utf-8", False, False, "utf-8"),
    "utf-8-bom": ("utf-8-sig", True, False, "utf-8-sig"),
    "gb18030": ("gb18030", False, False, "gb18030"),
    "gb18030-crlf": ("gb18030", False, True, "gb18030"),
    "utf-16-le": ("utf-16-le", True, False, "utf-16-le"),
    "utf-16-be": ("utf-16-be", True, False, "utf-16-be"),
    "utf-16-le-no-bom": ("utf-16-le", False, True, "utf-16-le"),
}
OFFICE_FORMATS = ("docx", "pdf", "doc", "wps")
NEEDS_SOFFICE = frozenset({"pdf", "doc", "wps"})

LETTERS: list[Path] = sorted(SAMPLES.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))


def _letter_params() -> list[Any]:
    params: list[Any] = [pytest.param(path, id=path.stem) for path in LETTERS]
    if not SEEDS.is_dir():
        params.append(
            pytest.param(
                None,
                id="seeds",
                marks=pytest.mark.skip(reason=f"seed letters not found at {SEEDS}"),
            )
        )
    return params


@dataclass
class Fixtures:
    """Every letter in every container, built once per session."""

    root: Path
    texts: dict[str, str] = field(default_factory=dict)  # stem → reference text
    _read: dict[Path, Document] = field(default_factory=dict)

    def path(self, letter: Path, fmt: str) -> Path:
        if fmt in NEEDS_SOFFICE and soffice() is None:
            pytest.skip("LibreOffice (soffice) not on PATH: run `make system-deps`")
        suffix = fmt if fmt in OFFICE_FORMATS else "txt"
        path = self.root / fmt / f"{letter.stem}.{suffix}"
        assert path.is_file(), f"fixture not built: {path}"
        return path

    def read(self, path: Path) -> Document:
        """Read once per session: a .doc costs a LibreOffice run."""
        if path not in self._read:
            self._read[path] = read(path)
        return self._read[path]


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> Fixtures:
    root = tmp_path_factory.mktemp("formats")
    built = Fixtures(root)
    for fmt in (*TEXT_FORMATS, *OFFICE_FORMATS):
        (root / fmt).mkdir()
    docx_files = []
    for letter in LETTERS:
        text = read(letter).text
        built.texts[letter.stem] = text
        for fmt, (codec, bom, crlf, _) in TEXT_FORMATS.items():
            (root / fmt / f"{letter.stem}.txt").write_bytes(encode(text, codec, bom=bom, crlf=crlf))
        docx_files.append(build_docx(text, root / "docx" / f"{letter.stem}.docx"))
    if soffice() is not None and docx_files:
        convert(docx_files, "pdf", root / "pdf")
        convert(docx_files, "doc", root / "doc")
        for doc in (root / "doc").glob("*.doc"):
            # WPS Office writes the Word 97 binary format under its own suffix
            shutil.copyfile(doc, root / "wps" / f"{doc.stem}.wps")
        # one LibreOffice run converts every .doc back for reading (.wps are the same bytes)
        prefetch([*(root / "doc").glob("*.doc"), *(root / "wps").glob("*.wps")])
    return built


# --- what must not change between containers ---------------------------------------------

COMPARED = ("issuer", "doc_number", "title", "proposal", "addressees", "sections")
COMPARED += ("amounts", "dates", "contacts", "signature", "cc")
DROPPED_KEYS = frozenset({"span", "extent", "text_span"})  # and every other "*_span"
KEPT = {"amounts": ("value", "end"), "dates": ("value", "end")}


def _squash(value: str) -> str:
    """Layout-free form of a string: the parser's own normalisation, lines joined."""
    return TextView(value).norm.replace("\n", "")


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return _squash(value)
    if isinstance(value, dict):
        return {
            k: _plain(v)
            for k, v in value.items()
            if k not in DROPPED_KEYS and not k.endswith("_span")
        }
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def comparable(letter: Letter) -> dict[str, Any]:
    """The compared fields without spans; strings compared without layout."""
    data = letter.model_dump(include=set(COMPARED))
    for name, keys in KEPT.items():
        data[name] = [{k: item[k] for k in keys} for item in data[name]]
    return {name: _plain(data[name]) for name in COMPARED}


def _content_lines(text: str) -> list[str]:
    """Non-blank, non-noise lines in the parser's normalised form."""
    return [line for line in (_squash(raw) for raw in text.split("\n")) if line]


# --- tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(TEXT_FORMATS))
@pytest.mark.parametrize("letter", _letter_params())
def test_every_encoding_gives_the_same_text(fixtures: Fixtures, letter: Path, fmt: str) -> None:
    document = fixtures.read(fixtures.path(letter, fmt))
    assert document.text == fixtures.texts[letter.stem]
    assert document.source.encoding == TEXT_FORMATS[fmt][3]
    assert document.source.format == "txt"


@pytest.mark.parametrize("fmt", OFFICE_FORMATS)
@pytest.mark.parametrize("letter", _letter_params())
def test_every_container_keeps_every_paragraph(fixtures: Fixtures, letter: Path, fmt: str) -> None:
    path = fixtures.path(letter, fmt)
    document = fixtures.read(path)
    assert document.source.format == fmt
    assert document.source.chars == len(document.text)
    assert (document.source.pages or 0) >= (1 if fmt == "pdf" else 0)
    # one paragraph per line, markers Word generated included, page furniture gone
    assert _content_lines(document.text) == _content_lines(fixtures.texts[letter.stem])


@pytest.mark.parametrize("fmt", [*TEXT_FORMATS, *OFFICE_FORMATS])
@pytest.mark.parametrize("letter", _letter_params())
def test_every_container_gives_the_same_record(fixtures: Fixtures, letter: Path, fmt: str) -> None:
    document = fixtures.read(fixtures.path(letter, fmt))
    expected = comparable(parse_text(fixtures.texts[letter.stem]))
    got = comparable(parse_text(document.text, source=document.source))
    assert got == expected


def test_comparison_sees_a_changed_field() -> None:
    """The projection keeps what it compares: a different record is not equal."""
    one = Letter(title="关于第12号建议的答复", cc=["区政府办公室"])
    other = Letter(title="关于第13号建议的答复", cc=["区政府办公室"])
    spaced = Letter(title="关于第12号建议的\n答复", cc=["区政府 办公室"])
    assert comparable(one) != comparable(other)
    assert comparable(one) == comparable(spaced)


def test_a_folder_mixing_every_format_gives_one_record_per_letter(
    fixtures: Fixtures, tmp_path: Path
) -> None:
    """Issue acceptance: ``extract DIR -o OUT`` over every container at once, bad files
    mixed in, writes one record per good letter and names each bad file with its reason."""
    from typer.testing import CliRunner

    from replyparse.cli import app

    if soffice() is None:
        pytest.skip("LibreOffice (soffice) not on PATH: run `make system-deps`")
    archive = tmp_path / "archive"
    good: dict[str, str] = {}
    for i, letter in enumerate(LETTERS):
        fmt = (*OFFICE_FORMATS, "gb18030", "utf-16-le")[i % 6]
        source = fixtures.path(letter, fmt)
        target = archive / fmt / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        good[f"{fmt}/{letter.stem}.json"] = letter.stem
    bad = {
        "not-a-zip.docx": b"this is no zip archive",
        "truncated.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog",
        "random.txt": bytes(range(256)) * 4,
        "empty.txt": b"",
    }
    for name, data in bad.items():
        (archive / "bad" / name).parent.mkdir(exist_ok=True)
        (archive / "bad" / name).write_bytes(data)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(archive), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 1
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == sorted(good)
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert sorted(e.split(":")[1].strip().rsplit("/", 1)[-1] for e in errors) == sorted(bad)
