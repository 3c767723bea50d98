"""The hostile corpus: broken, hostile and odd inputs, each with the outcome it must get.

Every case builds its input into a fresh folder (nothing large is committed) and names
what it must end in: a record (``fails=None``), optionally checked, or a failure whose
reason contains ``fails``. Never a traceback, never a hang, memory under 1 GiB.

``tests/hostile/test_hostile.py`` runs the reader-side cases in-process (``make test``);
``scripts/hostile.py`` runs every case through the real CLI, measures wall time and peak
memory of the process tree, and writes ``docs/robustness.md``. Cases marked
``side="batch"`` test the batch (file names, folder walks, outputs, per-file time): only
the CLI runner runs them, judging the exit status and the records left.

    .venv/bin/python tests/hostile/build.py DIR          # build every case into DIR
"""

from __future__ import annotations

import io
import os
import random
import socket
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SAMPLES = ROOT / "samples"
sys.path[:0] = [str(HERE), str(HERE.parent)]  # pdfs, and fixtures_build from tests/

import pdfs  # noqa: E402

Side = Literal["reader", "batch"]
Record = dict[str, Any]

MiB = 1024 * 1024


def letter() -> str:
    """An invented letter of the project's samples (a full letter: title, sections...)."""
    return (SAMPLES / "s01_zhengxie_weiyuan.txt").read_text(encoding="utf-8")


SECTION_FLOOD = "一、甲\n" * 97_000
"""97,000 numbered sections, each headed, just under the 400,000 characters a file may hold."""
SHORT = "关于第12号建议的答复\n张三代表：\n您提出的建议收悉。现答复如下：\n一、投入资金100万元。\n"
DATED = "西民函〔2021〕87号\n关于第12号建议的答复\n张三代表：\n您好。\n\n某某局\n2021年11月2日\n"


@dataclass(frozen=True)
class Case:
    """One input and what it must end in."""

    name: str
    what: str
    make: Callable[[Path], Path]
    fails: str | None = None
    """A substring of the failure reason; None: the input gives a record."""
    cli_fails: str | None = None
    """Through the CLI, when its folder walk refuses the input before a reader sees it."""
    check: Callable[[Record], bool] | None = None
    """For a record: what else must hold (the record as JSON data)."""
    ref: str = ""
    """The reproduction of issue #12 it covers (``#12.2``), if any."""
    slow: bool = False
    side: Side = "reader"
    limits: dict[str, float] = field(default_factory=dict)
    """Limits other than the defaults (``Limits`` field → value)."""
    needs_soffice: bool = False
    expect: str = ""
    """The expected outcome in words, for the table (derived when empty)."""
    records: int = 1
    """Records a batch-side case must leave in the output folder."""
    exits: tuple[int, ...] = (0,)
    """Exit statuses a batch-side case may end with."""
    out: Callable[[Path], Path] | None = None
    """Where ``-o`` points, when not a fresh folder."""

    @property
    def expected(self) -> str:
        if self.expect:
            return self.expect
        if self.fails is None:
            return "record"
        if self.cli_fails is not None:
            return f"fails: {self.cli_fails} (CLI) / {self.fails} (reader)"
        return f"fails: {self.fails}"


# --- small builders -----------------------------------------------------------------


def _write(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return path

    return make


def _text(
    name: str, text: str | Callable[[], str], encoding: str = "utf-8"
) -> Callable[[Path], Path]:
    return _write(name, lambda: (text() if callable(text) else text).encode(encoding))


def _docx_bytes(paragraphs: list[str] | None = None, body: str | None = None) -> bytes:
    """A .docx whose body is ``paragraphs`` (one run each) or the raw ``body`` XML."""
    from docx import Document

    document = Document()
    buffer = io.BytesIO()
    document.save(buffer)
    if body is None:
        body = "".join(f"<w:p><w:r><w:t>{_escape(p)}</w:t></w:r></w:p>" for p in paragraphs or [])
    return _replace_body(buffer.getvalue(), body)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _replace_body(package: bytes, body: str, doctype: str = "") -> bytes:
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                start = xml.index("<w:body>") + len("<w:body>")
                end = xml.index("<w:sectPr")
                xml = xml[:start] + body + xml[end:]
                if doctype:
                    xml = xml.replace("?>", "?>" + doctype, 1)
                data = xml.encode("utf-8")
            target.writestr(info.filename, data)
    return out.getvalue()


def _letter_docx() -> bytes:
    return _docx_bytes(letter().splitlines())


def _flushed(data: bytes, final: bool = False) -> bytes:
    """``data`` as a raw deflate piece that refers to nothing before it (full flush), so
    pieces can be repeated to build a stream of any size at no cost."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


def _bomb_member(head: bytes, chunk: bytes, repeat: int, tail: bytes) -> tuple[bytes, int, int]:
    """(raw deflate data, CRC-32, size) of ``head + chunk * repeat + tail``."""
    piece = _flushed(chunk)
    deflated = _flushed(head) + piece * repeat + _flushed(tail, final=True)
    crc = zlib.crc32(head)
    for _ in range(repeat):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return deflated, crc, len(head) + len(chunk) * repeat + len(tail)


def _raw_zip(
    members: list[tuple[str, bytes, int, int]], declared: dict[str, int] | None = None
) -> bytes:
    """A zip written by hand from (name, raw deflate data, CRC-32, size) members;
    ``declared`` overrides the uncompressed size written in the headers."""
    out = bytearray()
    central = bytearray()
    for name, data, crc, size in members:
        size = (declared or {}).get(name, size)
        encoded = name.encode("utf-8")
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        out += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size,
            len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += encoded
    start = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0
    )
    return bytes(out)


def _stored(name: str, data: bytes) -> tuple[str, bytes, int, int]:
    return name, _flushed(data, final=True), zlib.crc32(data), len(data)


def _bomb_docx(chunk: bytes, inflated: int, declared: int | None = None) -> Callable[[], bytes]:
    """A .docx whose document.xml inflates to about ``inflated`` bytes of ``chunk``."""

    def build() -> bytes:
        base = zipfile.ZipFile(io.BytesIO(_docx_bytes(["封面"])))
        members = []
        for name in base.namelist():
            if name != "word/document.xml":
                members.append(_stored(name, base.read(name)))
        xml = base.read("word/document.xml").decode()
        start = xml.index("<w:body>") + len("<w:body>")
        head, tail = xml[:start].encode(), xml[start:].encode()
        repeat = inflated // len(chunk)
        members.append(("word/document.xml", *_bomb_member(head, chunk, repeat, tail)))
        sizes = {"word/document.xml": declared} if declared is not None else None
        return _raw_zip(members, sizes)

    return build


def _letter_body() -> str:
    return "".join(
        f"<w:p><w:r><w:t>{_escape(line)}</w:t></w:r></w:p>" for line in letter().splitlines()
    )


def _nested_tables(depth: int) -> str:
    inner = "<w:p><w:r><w:t>最里层的表格：投入资金100万元。</w:t></w:r></w:p>"
    for level in range(depth):
        inner = (
            "<w:tbl><w:tr><w:tc>"
            f"<w:p><w:r><w:t>第{depth - level}层</w:t></w:r></w:p>{inner}"
            "</w:tc></w:tr></w:tbl><w:p/>"
        )
    return inner


def _fifo(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        os.mkfifo(path)
        return path

    return make


def _socket(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
        return path

    return make


def _link(name: str, target: str | Callable[[Path], Path]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(target(folder) if callable(target) else target)
        return path

    return make


def _folder(*makers: Callable[[Path], Path]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        inputs = folder / "in"
        inputs.mkdir()
        for maker in makers:
            maker(inputs)
        return inputs

    return make


def _raw_name(name: bytes, text: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = os.path.join(os.fsencode(folder), name)
        with open(path, "wb") as fh:
            fh.write(text.encode("utf-8"))
        return Path(os.fsdecode(path))

    return make


def _copies(count: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        for i in range(count):
            (folder / f"l{i + 10}.txt").write_text(letter(), encoding="utf-8")
        return folder

    return make


def _ole2_random() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(12).randbytes(100_000)


def _encrypted_ooxml() -> bytes:
    """An OLE2 file with the streams Word writes for a password-protected .docx."""
    name = "EncryptedPackage".encode("utf-16-le")
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + name + bytes(4000)


def _html_doc() -> bytes:
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n'
        "<title>答复</title>\n<style>\np.MsoNormal {font-size:16pt}\n</style>\n"
        "<!--[if gte mso 9]><xml><w:WordDocument>100%</w:WordDocument></xml><![endif]-->\n"
        "</head>\n<body lang=ZH-CN>\n"
        + "".join(
            f"<p class=MsoNormal><span style='font-family:仿宋'>{_escape(line)}</span></p>\n"
            for line in letter().splitlines()
        )
        + "</body>\n</html>\n"
    )
    return page.encode("gb18030")


def _mhtml_doc() -> bytes:
    import base64

    page = "<html><body>" + "".join(f"<p>{_escape(x)}</p>" for x in letter().splitlines())
    page += "</body></html>"
    encoded = base64.encodebytes(page.encode("utf-8")).decode("ascii")
    return (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
        "------=_NextPart_01\r\n"
        "Content-Location: file:///C:/letter.htm\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Type: text/html; charset="utf-8"\r\n\r\n'
        f"{encoded}\r\n"
        "------=_NextPart_01--\r\n"
    ).encode("ascii")


def _format_marks() -> str:
    text = DATED.replace("2021〕", "2021\u200d〕").replace("87号", "8\u2060" + "7号")
    return text.replace("11月2日", "11\u200e月2\u00ad日")


def _billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    body = "<w:p><w:r><w:t>答复 &lol9;</w:t></w:r></w:p>"
    return _replace_body(_docx_bytes(["x"]), body, f"<!DOCTYPE w:document [{entities}]>")


def _external_entity(folder: Path) -> Path:
    secret = folder / "secret.txt"
    secret.write_text("SECRET-MARKER-0000", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    body = "<w:p><w:r><w:t>关于第12号建议的答复 &xxe;</w:t></w:r></w:p>"
    path = folder / "xxe.docx"
    path.write_bytes(_replace_body(_docx_bytes(["x"]), body, doctype))
    return path


def _many_members(count: int) -> bytes:
    base = zipfile.ZipFile(io.BytesIO(_letter_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for name in base.namelist():
            target.writestr(name, base.read(name))
        for i in range(count):
            target.writestr(f"customXml/junk{i}.bin", b"")
    return out.getvalue()


def _big_picture() -> bytes:
    base = zipfile.ZipFile(io.BytesIO(_letter_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in base.namelist():
            target.writestr(name, base.read(name))
        target.writestr("word/media/image1.png", random.Random(5).randbytes(30 * MiB))
    return out.getvalue()


def _duplicate_part() -> bytes:
    import warnings

    out = io.BytesIO(_letter_docx())
    with warnings.catch_warnings(), zipfile.ZipFile(out, "a") as target:
        warnings.simplefilter("ignore")
        target.writestr("word/document.xml", b"<w:document/>")
    return out.getvalue()


def _encrypted_member() -> bytes:
    data = bytearray(_letter_docx())
    # set the "encrypted" flag of every entry, local and central (bit 0 of the flags)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at != -1:
            data[at + offset] |= 1
            at = data.find(signature, at + 4)
    return bytes(data)


def _pdf_letter(pages: int = 1, **kwargs: Any) -> Callable[[], bytes]:
    lines = letter().splitlines()
    return lambda: pdfs.text_pdf([lines] * pages, **kwargs)


def _read_only_parent(folder: Path) -> Path:
    blocker = folder / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    return blocker / "out"


def _same_as_input(folder: Path) -> Path:
    return folder / "in"


# --- record checks --------------------------------------------------------------------


def _has_doc_number(record: Record) -> bool:
    number = record.get("doc_number") or {}
    return (
        number.get("serial") == 87 and (record.get("signature") or {}).get("date") == "2021-11-02"
    )


def _no_tags(record: Record) -> bool:
    text = record.get("text") or ""
    return "<" not in text and "mso" not in text and "玉教体函〔2021〕87号" in text


def _format(name: str) -> Callable[[Record], bool]:
    return lambda record: (record.get("source") or {}).get("format") == name


def _encoding(name: str) -> Callable[[Record], bool]:
    return lambda record: (record.get("source") or {}).get("encoding") == name


def _text_has(needle: str, *, absent: str = "") -> Callable[[Record], bool]:
    def check(record: Record) -> bool:
        text = record.get("text") or ""
        return needle in text and (not absent or absent not in text)

    return check


# --- the cases ------------------------------------------------------------------------

LETTER_BYTES = lambda: letter().encode("utf-8")  # noqa: E731

CASES: list[Case] = [
    # issue #12, item 2: no limits
    Case("docx-bomb-paragraphs", "1.9 MB .docx whose XML inflates to 400 MB of paragraphs",
         _write("bomb.docx", _bomb_docx(("<w:p><w:r><w:t>" + "答复" * 40 + "</w:t></w:r></w:p>").encode() * 4000, 400 * MiB)),
         fails="over the limit of 10 MiB (raise it with --max-inflated-size)", ref="#12.2"),
    Case("docx-bomb-spaces", "2 MB .docx whose XML inflates to 1.5 GB of spaces",
         _write("spaces.docx", _bomb_docx(b" " * 65536, 1536 * MiB)),
         fails="--max-inflated-size", ref="#12.2"),
    Case("docx-bomb-lying-size", ".docx bomb whose zip headers declare 1 KB",
         _write("liar.docx", _bomb_docx(b"<w:p/>" * 1000, 400 * MiB, declared=1000)),
         fails="damaged", ref="#12.2"),
    Case("pdf-5000-pages", "PDF of 5,000 pages of letter text",
         _write("long.pdf", _pdf_letter(5000, compress=True)),
         fails="the PDF has 5,000 pages: over the limit of 200 pages", ref="#12.2"),
    Case("txt-200mb", "200 MB text file", _write("huge.txt", lambda: letter().encode() * (200 * MiB // len(letter().encode()))),
         fails="over the limit of 50 MiB (raise it with --max-file-size)", ref="#12.2"),
    Case("txt-3m-chars", "9 MB text: 3 million characters of letters",
         _write("long.txt", lambda: (letter() * (3_000_000 // len(letter()) + 1)).encode()),
         fails="over the limit of 400,000 characters (raise it with --max-chars)"),
    # (each with a heading in Chinese: empty 一、 lines make no letter, and the file would fail
    # as not one after the same parse)
    Case("txt-section-flood", "97,000 lines of 一、甲 (the parser's costliest text within the limit)",
         _text("sections.txt", SECTION_FLOOD), slow=True),
    Case("txt-date-flood", "a letter followed by 380,000 characters of dates",
         _text("dates.txt", lambda: letter() + "2021年1月1日" * 42_000), check=lambda r: len(r["dates"]) > 40_000),
    Case("txt-title-marks", "a title line followed by 20,000 publication marks, each after a blank",
         _text("marks.txt", lambda: "关于某事的答复" + " 同意公开" * 20_000 + "\n" + letter())),
    Case("txt-title-leads", "a letter's title line followed by 20,000 page cells, each between dashes (- 发布机构- …)",
         _text("leads.txt", "关于某事的答复" + "- 发布机构- " * 20_000 + "\n" + SHORT.split("\n", 1)[1]),
         check=lambda r: (r["title"] or "").startswith("关于某事的答复")),
    Case("txt-title-cells", "a letter's title line followed by 20,000 page cells, each a publication value between dashes (- 同意公开 -)",
         _text("cells.txt", "关于某事的答复" + "- 同意公开 -" * 20_000 + "\n" + SHORT.split("\n", 1)[1]),
         check=lambda r: (r["title"] or "").startswith("关于某事的答复")),
    Case("txt-title-marks-unended", "a title line followed by 20,000 publication marks, each after a blank, the last cell none (… 同意公开 乙)",
         _text("unended.txt", "关于某事的答复" + " 同意公开" * 20_000 + " 乙\n" + SHORT.split("\n", 1)[1]),
         check=lambda r: (r["title"] or "").startswith("关于某事的答复")),
    Case("txt-cc-blank-flood", "a 抄送 list of 6,000 bodies, each a blank and a date apart (review55e: quadratic before)",
         _text("cc.txt", DATED + "抄送：" + "县财政局 2099年8月24日 " * 6_000 + "\n")),
    Case("txt-mirror-number-run", "an opening's session and number followed by 8,000 of a mirror's handles, each 会议第N号 and words an underscore joins (会议第1号a_; fix74: quadratic before its bound)",
         _text("mirror.txt", "关于某事的答复\n张三代表：\n您在县人大一届一次会议第5号" + "会议第1号a_" * 8_000 + "\n"),
         check=lambda r: r["proposal"] is not None),
    Case("txt-chrome-blank-run", "a page's cells line with 200,000 blanks before its views count and mark",
         _text("blanks.txt", lambda: "发布日期：2024-01-02" + " " * 200_000 + "浏览次数：12 同意公开\n" + letter())),
    # item 3: devices and FIFOs
    Case("link-dev-zero", "symbolic link to /dev/zero named directly", _link("zero.txt", "/dev/zero"),
         fails="is a character device", cli_fails="lies in /dev", ref="#12.3"),
    Case("fifo", "FIFO named directly", _fifo("pipe.txt"), fails="FIFO", ref="#12.3"),
    Case("link-fifo", "symbolic link to a FIFO", _link("link.txt", _fifo("pipe")), fails="FIFO", ref="#12.3"),
    Case("socket", "Unix socket named directly", _socket("sock.txt"), fails="socket, not a regular file"),
    Case("dev-null", "/dev/null named directly", lambda folder: Path("/dev/null"),
         fails="is a character device", cli_fails="lies in /dev"),
    # item 4: LibreOffice
    Case("doc-timeout", ".doc whose conversion times out (timeout 0.5 s)",
         _write("slow.doc", lambda: _convert_letter("doc")), fails="within 0.5 s",
         ref="#12.4", limits={"timeout_seconds": 0.5}, needs_soffice=True, slow=True),
    # item 5: parse_text raised
    Case("huge-amount", "letter with 投入9999999999999999999亿元", _text("amount.txt", SHORT + "投入9999999999999999999亿元。\n"),
         ref="#12.5", check=lambda r: any(a["value"] == 9999999999999999999e8 for a in r["amounts"])),
    Case("numeral-4400", "4,400 一 in a row", _text("yi.txt", SHORT + "一" * 4400 + "\n"), ref="#12.5"),
    Case("utf8-surrogate", "UTF-8 bytes of a lone surrogate (ED A0 80)",
         _write("surrogate.txt", SHORT.encode() + b"\xed\xa0\x80\n"), fails="invalid byte 0xed at offset 123 (line 5)", ref="#12.5"),
    # item 6: wrong records with exit 0
    Case("doc-random", "Word header followed by 100 KB of random bytes", _write("random.doc", _ole2_random),
         fails="not a Word document: it begins as an Office 97-2003 file does", ref="#12.6", needs_soffice=True, slow=True),
    Case("html-as-doc", "web page (GB2312 HTML) saved as .doc", _write("page.doc", _html_doc),
         ref="#12.6", check=lambda r: _no_tags(r) and _format("html")(r)),
    Case("mhtml-as-doc", "single-file web page (MHTML) saved as .doc", _write("archive.doc", _mhtml_doc),
         check=lambda r: _no_tags(r) and _format("mhtml")(r)),
    Case("html-tag-flood", "web page of 600,000 empty <div> tags named .doc",
         _write("divs.doc", lambda: b"<html><body>" + b"<div>" * 600_000), fails="a web page (HTML) without text", slow=True),
    Case("html-oversized", "web page of 17 million characters named .doc",
         _write("huge.doc", lambda: b"<html><body><p>" + "答复".encode() * 8_500_000), fails="over 8 times the text allowed"),
    Case("format-marks", "U+200D, U+2060, U+200E, U+00AD inside 〔2021〕87号 and the date",
         _text("marks.txt", _format_marks), ref="#12.6", check=_has_doc_number),
    # item 10: reader side
    Case("pdf-encrypted", "PDF that needs a password", _write("locked.pdf", _pdf_letter(encryption=pdfs.Encryption(user=b"secret"))),
         fails="an encrypted (password-protected) PDF", ref="#12.10"),
    Case("pdf-encrypted-open", "encrypted PDF that opens without a password (RC4)",
         _write("owner.pdf", _pdf_letter(encryption=pdfs.Encryption())), check=_text_has("玉教体函〔2021〕87号")),
    Case("txt-stray-byte", "UTF-8 letter with one stray byte on line 3",
         _write("stray.txt", lambda: "\n".join(letter().splitlines()[:2]).encode() + b"\n\xff" + letter().encode()),
         fails="invalid byte 0xff at offset 45 (line 3) in UTF-8 text", ref="#12.10"),
    Case("txt-utf32", "UTF-32 LE letter with a BOM", _write("wide.txt", lambda: b"\xff\xfe\x00\x00" + letter().encode("utf-32-le")),
         ref="#12.10", check=_encoding("utf-32-le")),
    Case("txt-utf32-no-bom", "UTF-32 BE letter without a BOM", _write("wide.txt", lambda: letter().encode("utf-32-be")),
         check=_encoding("utf-32-be")),
    # empty, truncated, wrong suffix
    Case("txt-empty", "zero-byte .txt", _write("empty.txt", b""), fails="file is empty"),
    Case("docx-empty", "zero-byte .docx", _write("empty.docx", b""), fails="file is empty"),
    Case("pdf-empty", "zero-byte .pdf", _write("empty.pdf", b""), fails="file is empty"),
    Case("txt-blank", "only spaces and newlines", _write("blank.txt", b" \n\t\r\n   \n"), fails="file is blank"),
    Case("docx-truncated", ".docx cut in half", _write("half.docx", lambda: _letter_docx()[: len(_letter_docx()) // 2]),
         fails="damaged .docx: the file is cut short"),
    Case("pdf-truncated", "PDF cut in half", _write("half.pdf", lambda: _pdf_letter()()[:1500]), fails="truncated or damaged PDF"),
    Case("docx-as-txt", ".docx named .txt", _write("letter.txt", _letter_docx), check=_format("docx")),
    Case("pdf-as-doc", "PDF named .doc", _write("letter.doc", _pdf_letter()), check=_format("pdf")),
    Case("txt-as-pdf", "text named .pdf", _write("letter.pdf", LETTER_BYTES), fails="not a .pdf file: no %PDF header"),
    Case("txt-as-doc", "text named .doc", _write("letter.doc", LETTER_BYTES), check=_format("txt")),
    Case("png-as-txt", "PNG picture named .txt",
         _write("picture.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 40), fails="a PNG image, no text"),
    Case("xlsx-as-docx", "spreadsheet (zip without word/document.xml) named .docx",
         _write("sheet.docx", lambda: _raw_zip([_stored("xl/workbook.xml", b"<workbook/>")])),
         fails="a zip archive but not a Word .docx document"),
    Case("ole2-junk-doc", "OLE2 header and zeros named .doc", _write("junk.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
         fails="not a Word document: it begins as an Office 97-2003 file does", needs_soffice=True, slow=True),
    Case("rtf-as-doc", "RTF letter named .doc", _write("rtf.doc", lambda: _convert_letter("rtf")),
         check=_format("rtf"), needs_soffice=True, slow=True),
    Case("doc-real", "Word 97 .doc made by LibreOffice", _write("real.doc", lambda: _convert_letter("doc")),
         check=_text_has("玉教体函〔2021〕87号"), needs_soffice=True, slow=True),
    # encrypted and scanned
    Case("ooxml-encrypted", "password-protected .docx (an OLE2 EncryptedPackage)", _write("locked.docx", _encrypted_ooxml),
         fails="a password-protected (encrypted) Office document"),
    Case("docx-encrypted-member", ".docx whose zip entries are marked encrypted", _write("zipcrypto.docx", _encrypted_member),
         fails="zip entries are encrypted"),
    Case("pdf-scanned", "PDF of 3 pages of pictures only", _write("scan.pdf", lambda: pdfs.picture_pdf(3)),
         fails="no text layer: 3 page(s) of pictures only"),
    Case("pdf-blank", "PDF with one empty page", _write("blank.pdf", pdfs.empty_pdf), fails="no text layer"),
    # hostile PDFs
    Case("pdf-flate-bomb", "PDF page whose content inflates to 1 GiB", _write("bomb.pdf", lambda: pdfs.bomb_pdf(1024)),
         fails="inflate past", slow=True),
    Case("pdf-form-laughs", "PDF billion laughs: forms drawing forms, 10^6 times", _write("laughs.pdf", lambda: pdfs.nested_forms_pdf(6, 10)),
         fails="draws more than 100,000 glyphs"),
    Case("pdf-self-form", "PDF form that draws itself", _write("loop.pdf", lambda: pdfs.nested_forms_pdf(0, 0, self_reference=True)),
         fails="no text layer"),
    Case("pdf-glyph-flood", "PDF page showing 5 million glyphs in one string", _write("flood.pdf", lambda: pdfs.glyph_flood_pdf(5_000_000)),
         fails="draws more than 100,000 glyphs"),
    Case("pdf-glyph-strings", "PDF page showing 2 million glyphs in 20,000 strings",
         _write("strings.pdf", lambda: pdfs.glyph_flood_pdf(2_000_000, strings=20_000)), fails="draws more than 100,000 glyphs"),
    Case("pdf-ruled-grid", "PDF page of a letter under a grid of 400 by 400 ruled lines",
         _write("grid.pdf", lambda: pdfs.ruled_pdf(letter().splitlines()[:12], 400)),
         check=_text_has("政协")),
    Case("pdf-padded-pages", "PDF of 150 pages of text, each inflating 9 MiB more (1.3 GB in all)",
         _write("padded.pdf", lambda: pdfs.padded_pages_pdf(letter().splitlines()[:10], 150, 9)),
         slow=True, check=lambda r: (r.get("source") or {}).get("pages") == 150),
    Case("pdf-200-pages", "PDF of 200 pages (the limit), one letter a page", _write("long.pdf", _pdf_letter(200, compress=True)),
         slow=True, check=lambda r: (r.get("source") or {}).get("pages") == 200),
    # hostile .docx
    Case("docx-nested-tables-50", ".docx with tables nested 50 deep", _write("nested.docx", lambda: _docx_bytes(body=_letter_body() + _nested_tables(50))),
         check=_text_has("最里层的表格")),
    Case("docx-nested-tables-300", ".docx with tables nested 300 deep (past libxml2's depth limit)",
         _write("deep.docx", lambda: _docx_bytes(body=_nested_tables(300))), fails="cannot open .docx"),
    Case("docx-100k-paragraphs", ".docx with 100,000 paragraphs",
         _write("paras.docx", lambda: _docx_bytes([*letter().splitlines(), *["好。"] * 99_999, "第100000段。"])),
         check=_text_has("第100000段。")),
    Case("docx-billion-laughs", ".docx whose XML declares nested entities (billion laughs)", _write("laughs.docx", _billion_laughs),
         fails="cannot open .docx: Maximum entity amplification factor exceeded"),
    Case("docx-external-entity", ".docx whose XML includes a local file as an entity (XXE)", _external_entity,
         expect="record without the file's content", check=_text_has("关于第12号建议的答复", absent="SECRET-MARKER")),
    Case("docx-many-parts", ".docx with 100,000 empty zip entries", _write("parts.docx", lambda: _many_members(100_000)),
         check=_text_has("玉教体函〔2021〕87号"), slow=True),
    Case("docx-big-picture", ".docx with a 30 MB incompressible picture", _write("photo.docx", _big_picture),
         check=_text_has("玉教体函〔2021〕87号")),
    Case("docx-duplicate-part", ".docx with two word/document.xml entries", _write("twice.docx", _duplicate_part),
         fails="two parts have the same name"),
    # text oddities
    Case("txt-100k-lines", "a letter followed by 100,000 short paragraphs", _text("lines.txt", lambda: letter() + "好。\n" * 99_999 + "第100000段。\n"),
         check=_text_has("第100000段。")),
    Case("txt-huge-line", "one line of 390,000 characters", _text("line.txt", lambda: ("您提出的建议收悉，投入资金10万元，" * 30_000)[:390_000])),
    Case("txt-controls", "letter sprinkled with control characters", _text("controls.txt", lambda: "".join(ch + ("\x01" if i % 10 == 0 else "") for i, ch in enumerate(letter()))),
         fails="control or unassigned codes"),
    Case("txt-gb18030", "GB18030 letter", _text("gbk.txt", letter, "gb18030"), check=_encoding("gb18030")),
    Case("txt-utf16-no-bom", "UTF-16 LE letter without a BOM", _text("wide16.txt", letter, "utf-16-le"), check=_encoding("utf-16-le")),
    # odd names
    Case("name-newline", "file name with a newline and quotes", _text('a\n"b".txt', letter)),
    Case("name-emoji-spaces", "file name with spaces, an emoji and a leading dash", _text("-x 答复 \U0001f600.txt", letter)),
    # batch side: names, folder walks, outputs, the per-file time limit
    Case("name-255-bytes", "file name of 255 bytes named directly", _text("答" * 83 + "a.txt", letter),
         side="batch", ref="#12.8", expect="record, exit 0"),
    Case("name-not-utf8", "a file name that is not UTF-8 among 21 letters",
         _folder(_raw_name(b"0\xb4\xf0.txt", letter()), _copies(20)), side="batch", ref="#12.1",
         records=21, expect="21 records, exit 0"),
    Case("folder-devices", "folder with a letter, a link to /dev/zero and a FIFO",
         _folder(_text("a.txt", letter), _link("zero.txt", "/dev/zero"), _fifo("pipe.txt")),
         side="batch", ref="#12.3", exits=(0, 1),
         expect="the letter's record; the device and FIFO refused or skipped, no hang"),
    # The flood twice over (the character limit raised to hold it) takes some seven seconds
    # on an unloaded machine and --timeout 1 cuts it well short on a machine several times
    # faster, yet gives the letter beside it ample time on a loaded one.
    Case("per-file-timeout", "the section flood twice over with --max-chars 800000 --timeout 1, beside a letter",
         _folder(_text("sections.txt", SECTION_FLOOD * 2), _text("b.txt", letter)),
         side="batch", ref="#12.2", limits={"max_text_chars": 800_000, "timeout_seconds": 1}, slow=True,
         fails="timeout", exits=(1,), expect="the letter recorded; the flood fails with reason timeout; exit 1"),
    Case("out-under-file", "-o under a regular file", _text("a.txt", letter), side="batch", ref="#12.7",
         out=_read_only_parent, records=0, exits=(1, 2), expect="a one-line error, no traceback, exit 1 or 2"),
    Case("out-is-input", "-o equal to the input folder", _folder(_text("a.txt", letter)), side="batch", ref="#12.10",
         out=_same_as_input, records=0, exits=(2,), expect="refused as a usage error (exit 2)"),
    Case("name-240-bytes-in-folder", "240-byte name in a folder (temporary name longer than final)",
         _folder(_text("答" * 78 + "a.txt", letter)), side="batch", ref="#12.8", expect="record, exit 0"),
]  # fmt: skip


def _convert_letter(fmt: str) -> bytes:
    """The sample letter converted by LibreOffice to ``fmt`` (``doc``, ``rtf``)."""
    import tempfile

    from fixtures_build import convert

    with tempfile.TemporaryDirectory(prefix="replyparse-hostile-") as tmp:
        source = Path(tmp) / "letter.txt"
        source.write_text(letter(), encoding="utf-8")
        convert([source], fmt, Path(tmp))
        return (Path(tmp) / f"letter.{fmt}").read_bytes()


def build(case: Case, folder: Path) -> Path:
    """Build ``case`` into ``folder`` (created), returning the path to give ``extract``."""
    folder.mkdir(parents=True, exist_ok=True)
    return case.make(folder)


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("hostile-corpus")
    for case in CASES:
        path = build(case, target / case.name)
        print(f"{case.name}: {path}")


if __name__ == "__main__":
    main()
