"""Word ``.docx`` letters: the body's paragraphs and table cells, in document order.

python-docx opens the package (zip, content types, relationships, the numbering and
style parts); the body is then walked as XML, because what Word shows is more than
``Paragraph.text``: list labels that Word generates (:mod:`.listnum`), content controls
(``w:sdt``), tracked insertions, fields and text boxes. Deleted text, hidden text, the
fallback copy of drawings, headers, footers, footnotes and comments are left out.

One paragraph gives one line. An empty paragraph of the body (or an empty line made by two
line breaks) gives an empty line, as a text file keeps the empty lines that part a title
from what stands above it; inside a table cell or a text box it gives none, and the empty
lines before the first line of text and after the last are dropped.

python-docx inflates and parses every part it loads, so the package is first copied
(:func:`unpack`): its XML parts are inflated by streaming, counting the bytes as they
come (the sizes a zip declares are not trusted) and failing as soon as they pass
``max_inflated_bytes``; pictures, fonts and embedded files carry no text and are
replaced by empty parts, never inflated. A zip bomb fails in a fraction of a second with
little memory, and python-docx parses at most that much XML.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from replyparse.errors import InputError
from replyparse.limits import DEFAULT_LIMITS, Limits, exceeded
from replyparse.readers.listnum import ListNumbering, W

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Subtrees whose text Word does not show as body text.
_SKIPPED = frozenset(
    [f"{W}{tag}" for tag in ("pPr", "rPr", "del", "moveFrom", "instrText", "delText")]
    + [f"{MC}Fallback"]
)


_XML_SUFFIXES = (".xml", ".rels")
_PIECE = 64 * 1024


def unpack(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A stored (uncompressed) copy of the package: XML parts inflated within the limit,
    every other part empty."""
    budget = limits.max_inflated_bytes
    used = 0
    out = io.BytesIO()
    member = zipfile.ZipInfo("?")  # (the part being read, named when it breaks)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, zipfile.ZipFile(out, "w") as copy:
            members = archive.infolist()
            if len({m.filename for m in members}) != len(members):
                raise InputError(path, "damaged .docx: two parts have the same name")
            for member in members:
                if member.flag_bits & 0x1:
                    raise InputError(
                        path,
                        "a .docx whose zip entries are encrypted (password-protected);"
                        " save it without a password",
                    )
                if not member.filename.lower().endswith(_XML_SUFFIXES):
                    copy.writestr(member.filename, b"")
                    continue
                pieces: list[bytes] = []
                with archive.open(member) as stream:
                    while piece := stream.read(_PIECE):
                        used += len(piece)
                        if used > budget:
                            what = f"its XML inflates past {used:,} bytes (at {member.filename})"
                            raise InputError(path, exceeded(limits, "max_inflated_bytes", what))
                        pieces.append(piece)
                copy.writestr(member.filename, b"".join(pieces))
    except InputError:
        raise
    except zipfile.BadZipFile as exc:
        raise InputError(path, damaged(_broken_zip(data, exc))) from exc
    except EOFError as exc:  # (a part's compressed data end before the part does)
        raise InputError(path, damaged(f"its part {member.filename} is cut short")) from exc
    except (NotImplementedError, ValueError, OSError) as exc:
        raise InputError(path, f"cannot open .docx: {_one_line(exc)}") from exc
    except Exception as exc:  # zlib.error and other decompressor failures
        what = f"its part {member.filename} does not unpack ({_one_line(exc)})"
        raise InputError(path, damaged(what)) from exc
    return out.getvalue()


REPAIR = (
    "open it in Word, WPS or LibreOffice and save it again as .docx (they recover what "
    "they can), or get the file again"
)
"""What to do with a damaged ``.docx``: a word processor reads most of a broken package
and saves a whole one; a copy cut short is best copied again."""

_END_OF_ZIP = b"PK\x05\x06"
"""The signature of a zip's last record, its table of contents' end."""


def damaged(what: str) -> str:
    """The reason a damaged ``.docx`` is refused: what is broken, in plain words, and
    what to do (:data:`REPAIR`)."""
    return f"damaged .docx: {what}; {REPAIR}"


def _broken_zip(data: bytes, exc: zipfile.BadZipFile) -> str:
    """What is wrong with a ``.docx`` whose zip cannot be read: cut short (it begins as a
    zip does but its end, the table of its parts, is missing: a copy or a download that
    did not finish), or broken some other way (zipfile's reason)."""
    if data.startswith(b"PK") and _END_OF_ZIP not in data[-(65_536 + 22) :]:
        return (
            "the file is cut short (the end of its zip archive is missing: a copy or "
            "download that did not finish?)"
        )
    return f"its zip archive is broken ({_one_line(exc)})"


_QUOTES = "\"'"
_MISSING_PART = re.compile(r"no item named '([^']+)'")
_XML_LIMITS = re.compile(r"Excessive depth|amplification|Huge input|huge text", re.IGNORECASE)
"""libxml2's refusals of XML past its limits (a hostile document), not of broken XML."""


def _is_report(document: Any) -> bool:
    """Whether ``document`` is a review report replyparse made, as its category says
    (:data:`replyparse.wordml.REPORT_CATEGORY`), wherever its core properties are: a file
    LibreOffice saved (an edited report, or one only converted) names them by a
    relationship type python-docx does not look for (``…/officedocument/2006/…``), and
    python-docx then gives empty properties of its own."""
    from replyparse.wordml import REPORT_CATEGORY

    if document.core_properties.category == REPORT_CATEGORY:
        return True
    for rel in document.part.package.rels.values():
        if rel.is_external or not rel.reltype.endswith("/metadata/core-properties"):
            continue
        properties = getattr(rel.target_part, "core_properties", None)
        if properties is not None and properties.category == REPORT_CATEGORY:
            return True
    return False


def read_docx(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """The body text of a ``.docx`` file, one paragraph per line."""
    import docx

    package = unpack(data, path=path, limits=limits)
    try:
        document = docx.Document(io.BytesIO(package))
    except zipfile.BadZipFile as exc:
        raise InputError(path, damaged(f"its zip archive is broken ({_one_line(exc)})")) from exc
    except KeyError as exc:
        found = _MISSING_PART.search(str(exc))
        what = (
            f"its part {found.group(1)} is missing"
            if found  # (else a relationship missing: no part to name)
            else f"its parts are not as Word writes them ({_one_line(exc).strip(_QUOTES)})"
        )
        raise InputError(path, damaged(what)) from exc
    except ValueError as exc:
        raise InputError(path, f"not a Word document: {_one_line(exc)}") from exc
    except Exception as exc:  # python-docx and lxml raise many kinds on broken packages
        said = _one_line(exc)
        if _XML_LIMITS.search(said):  # (a hostile document: no word processor's slip)
            raise InputError(path, f"cannot open .docx: {said}") from exc
        if type(exc).__name__ == "XMLSyntaxError":  # (lxml's, which has no type stubs)
            raise InputError(path, damaged(f"its XML is broken ({said})")) from exc
        # (a part not as Word writes it: python-docx's own words name its code, not the file)
        what = f"its parts are not as Word writes them ({type(exc).__name__}: {said})"
        raise InputError(path, damaged(what)) from exc
    if _is_report(document):
        # read by extract and validate too, which take letters only (no record): the advice
        # names what every command reads
        raise InputError(
            path, "a review report made by replyparse, not a letter: give the letter it reports on"
        )

    reader = _BodyReader(
        ListNumbering.from_xml(_numbering_element(document.part)),
        _style_numbering(document),
    )
    text = "\n".join(reader.blocks(document.element.body, blanks=True)).strip("\n")
    if not text:
        raise InputError(path, "the document has no text")
    if len(text) > limits.max_text_chars:
        what = f"the document has {len(text):,} characters of text"
        raise InputError(path, exceeded(limits, "max_text_chars", what))
    return text


# libxml2's advice to programmers, not to the people reading the message
_LIBXML_HINTS = re.compile(r",? (?:use XML_PARSE_HUGE option|see xmlCtxtSetMaxAmplification\.)")
# lxml's name for the bytes it parsed, said again after libxml2's place in them
_LXML_SOURCE = re.compile(r" \(<string>, line \d+\)$")


def _one_line(exc: BaseException) -> str:
    text = _LIBXML_HINTS.sub("", " ".join(str(exc).split()))
    text = _LXML_SOURCE.sub("", text)
    return text[:200] or type(exc).__name__


def _numbering_element(part: Any) -> Any | None:
    """The ``w:numbering`` root, or None; python-docx would create an empty part on access."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rel in part.rels.values():
        if rel.reltype == RT.NUMBERING and not rel.is_external:
            return rel.target_part.element
    return None


def _style_numbering(document: Any) -> dict[str, tuple[str | None, int | None]]:
    """Paragraph style id → (numId, ilvl) it applies, following ``w:basedOn``."""
    own: dict[str, tuple[str | None, int | None]] = {}
    based_on: dict[str, str] = {}
    for style in document.styles.element.iter(f"{W}style"):
        sid = style.get(f"{W}styleId", "")
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based_on[sid] = parent.get(f"{W}val", "")
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            own[sid] = _num_pr(num_pr)
    resolved: dict[str, tuple[str | None, int | None]] = {}
    for sid in set(own) | set(based_on):
        seen: set[str] = set()
        cur: str | None = sid
        while cur is not None and cur not in seen:
            seen.add(cur)
            if cur in own:
                resolved[sid] = own[cur]
                break
            cur = based_on.get(cur)
    return resolved


def _num_pr(num_pr: Any) -> tuple[str | None, int | None]:
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    return (
        None if num_id is None else num_id.get(f"{W}val"),
        None if ilvl is None else int(ilvl.get(f"{W}val", "0") or 0),
    )


class _BodyReader:
    def __init__(
        self,
        numbering: ListNumbering,
        style_numbering: dict[str, tuple[str | None, int | None]],
    ) -> None:
        self.numbering = numbering
        self.style_numbering = style_numbering

    def blocks(self, container: Any, *, blanks: bool = False) -> list[str]:
        """Lines of a block container: body, table cell, content control, text box; with
        ``blanks``, an empty line for each empty paragraph."""
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                lines.extend(self.paragraph(child, blanks=blanks))
            elif tag == f"{W}tbl":
                lines.extend(self.table(child))
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    lines.extend(self.blocks(content, blanks=blanks))
            elif tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo"):
                lines.extend(self.blocks(child, blanks=blanks))
        return lines

    def table(self, tbl: Any) -> list[str]:
        lines: list[str] = []
        for row in tbl.iter(f"{W}tr"):
            if row.getparent() is not tbl:
                continue  # rows of nested tables are read through their cell
            for cell in row.iter(f"{W}tc"):
                if cell.getparent() is not row:
                    continue
                merge = cell.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(f"{W}val", "continue") == "continue":
                    continue  # the merged cell's text sits in its first row
                lines.extend(self.blocks(cell))
        return lines

    def paragraph(self, p: Any, *, blanks: bool = False) -> list[str]:
        parts: list[str] = []
        boxes: list[str] = []
        self._inline(p, parts, boxes)
        # a manual line break (w:br) stays a line break; each piece is trimmed, and an empty
        # one between two others is an empty line where ``blanks`` keeps them
        pieces = [piece.strip() for piece in "".join(parts).split("\n")]
        if blanks:
            text = "\n".join(pieces).strip("\n")
        else:
            text = "\n".join(piece for piece in pieces if piece)
        label = self._label(p)  # counted even when the paragraph is empty, as Word does
        if text:
            return [f"{label}{text}", *boxes]
        return boxes or ([""] if blanks else [])

    def _label(self, p: Any) -> str:
        num_id: str | None = None
        ilvl: int | None = None
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None:
            num_id, ilvl = self.style_numbering.get(style.get(f"{W}val", ""), (None, None))
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            own_id, own_lvl = _num_pr(num_pr)
            num_id = own_id if own_id is not None else num_id
            ilvl = own_lvl if own_lvl is not None else ilvl
        if num_id is None or num_id == "0":
            return ""
        return self.numbering.label(num_id, ilvl or 0)

    def _inline(self, element: Any, parts: list[str], boxes: list[str]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == f"{W}r":
                if _hidden(child):
                    continue
                self._inline(child, parts, boxes)
            elif tag == f"{W}t":
                parts.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}ptab"):
                parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                parts.append("\n")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}txbxContent":
                boxes.extend(self.blocks(child))
            elif tag == f"{W}p":
                boxes.extend(self.paragraph(child))
            else:
                # hyperlinks, insertions, fields, content controls, drawings (whose text
                # boxes sit deep inside), mc:AlternateContent's Choice, …
                self._inline(child, parts, boxes)


def _hidden(run: Any) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(f"{W}val", "true") not in ("0", "false")
