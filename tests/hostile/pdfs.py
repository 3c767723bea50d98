"""A small PDF writer for the hostile corpus: pages of Chinese text, pictures, nested
forms, compressed streams and the standard (RC4) encryption, written by hand so each
file is exactly as broken as a case needs.

Text uses a Type0 font with Identity-H and a ToUnicode map (no embedded font program:
pdfminer needs none to extract text); each character code is its BMP code point.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
FILE_ID = hashlib.md5(b"replyparse hostile corpus").digest()


def rc4(key: bytes, data: bytes) -> bytes:
    """RC4, the cipher of the PDF standard security handler (revision 2)."""
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


@dataclass
class Encryption:
    """Standard security handler, V1 R2 (40-bit RC4)."""

    user: bytes = b""
    owner: bytes = b"owner"
    permissions: int = -44
    o: bytes = field(init=False)
    key: bytes = field(init=False)
    u: bytes = field(init=False)

    def __post_init__(self) -> None:
        owner_key = hashlib.md5((self.owner + PAD)[:32]).digest()[:5]
        self.o = rc4(owner_key, (self.user + PAD)[:32])
        digest = hashlib.md5(
            (self.user + PAD)[:32]
            + self.o
            + self.permissions.to_bytes(4, "little", signed=True)
            + FILE_ID
        ).digest()
        self.key = digest[:5]
        self.u = rc4(self.key, PAD)

    def object_key(self, number: int) -> bytes:
        return hashlib.md5(self.key + number.to_bytes(3, "little") + b"\0\0").digest()[:10]

    def dictionary(self) -> bytes:
        return b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
            self.o.hex().encode(),
            self.u.hex().encode(),
            self.permissions,
        )


class Pdf:
    """Objects added in order; ``stream`` objects may be compressed and encrypted."""

    def __init__(self, encryption: Encryption | None = None) -> None:
        self.objects: list[bytes | None] = []
        self.encryption = encryption

    def reserve(self) -> int:
        self.objects.append(None)
        return len(self.objects)

    def add(self, body: bytes, number: int | None = None) -> int:
        if number is None:
            number = self.reserve()
        self.objects[number - 1] = body
        return number

    def stream(
        self,
        data: bytes,
        extra: bytes = b"",
        *,
        compressed: bytes | None = None,
        number: int | None = None,
    ) -> int:
        """A stream of ``data``, or of ``compressed`` (already Flate data) when given."""
        number = number or self.reserve()
        payload = compressed if compressed is not None else data
        filters = b" /Filter /FlateDecode" if compressed is not None else b""
        if self.encryption is not None:
            payload = rc4(self.encryption.object_key(number), payload)
        body = b"<< /Length %d%s %s >>\nstream\n" % (len(payload), filters, extra)
        return self.add(body + payload + b"\nendstream", number)

    def write(self, root: int) -> bytes:
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        encrypt = None
        if self.encryption is not None:
            encrypt = self.add(self.encryption.dictionary())
        for number, body in enumerate(self.objects, start=1):
            assert body is not None, f"object {number} reserved but never written"
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        trailer = b"/Size %d /Root %d 0 R /ID [<%s> <%s>]" % (
            len(self.objects) + 1,
            root,
            FILE_ID.hex().encode(),
            FILE_ID.hex().encode(),
        )
        if encrypt is not None:
            trailer += b" /Encrypt %d 0 R" % encrypt
        out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
        return bytes(out)


def _to_unicode(chars: Iterable[str]) -> bytes:
    codes = sorted({ord(ch) for ch in chars if ord(ch) < 0x10000})
    lines = [
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        b"/CMapName /Hostile def /CMapType 2 def",
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    for start in range(0, len(codes), 100):
        block = codes[start : start + 100]
        lines.append(b"%d beginbfchar" % len(block))
        lines += [b"<%04X> <%04X>" % (code, code) for code in block]
        lines.append(b"endbfchar")
    lines.append(b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return b"\n".join(lines)


def _font(pdf: Pdf, chars: Iterable[str]) -> int:
    to_unicode = pdf.stream(_to_unicode(chars))
    descendant = pdf.add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /HostileSong"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /DW 1000 /CIDToGIDMap /Identity /FontDescriptor << /Type /FontDescriptor"
        b" /FontName /HostileSong /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0"
        b" /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> >>"
    )
    return pdf.add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /HostileSong /Encoding /Identity-H"
        b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode)
    )


def text_ops(lines: Sequence[str], size: int = 16, top: int = 780) -> bytes:
    """Content operators showing ``lines`` one under the other from the top left."""
    ops = [b"BT /F1 %d Tf %d TL 72 %d Td" % (size, size + 12, top)]
    for line in lines:
        ops.append(b"<%s> Tj T*" % "".join(f"{ord(ch):04X}" for ch in line).encode())
    ops.append(b"ET")
    return b"\n".join(ops)


def text_pdf(
    pages: Sequence[Sequence[str]],
    *,
    encryption: Encryption | None = None,
    compress: bool = False,
) -> bytes:
    """A PDF with one page per item of ``pages``, each a list of text lines."""
    pdf = Pdf(encryption)
    catalog, tree = pdf.reserve(), pdf.reserve()
    font = _font(pdf, {ch for page in pages for line in page for ch in line})
    kids = []
    for page in pages:
        data = text_ops(page)
        content = pdf.stream(data, compressed=zlib.compress(data) if compress else None)
        kids.append(_page(pdf, tree, content, b"/Font << /F1 %d 0 R >>" % font))
    _tree(pdf, catalog, tree, kids)
    return pdf.write(catalog)


def ruled_pdf(lines: Sequence[str], rules: int) -> bytes:
    """One page showing ``lines`` under a grid of ``rules`` horizontal and ``rules``
    vertical rules drawn over the whole page, each rule a path of its own."""
    pdf = Pdf()
    catalog, tree = pdf.reserve(), pdf.reserve()
    font = _font(pdf, {ch for line in lines for ch in line})
    grid = []
    for k in range(1, rules + 1):
        y, x = 842 * k / rules, 595 * k / rules
        grid.append(b"0 %.2f m 595 %.2f l S %.2f 0 m %.2f 842 l S" % (y, y, x, x))
    data = b"\n".join([b"0.2 w", *grid, text_ops(lines)])
    content = pdf.stream(data)
    kids = [_page(pdf, tree, content, b"/Font << /F1 %d 0 R >>" % font)]
    _tree(pdf, catalog, tree, kids)
    return pdf.write(catalog)


def _page(pdf: Pdf, tree: int, content: int, resources: bytes) -> int:
    return pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
        b" /Resources << %s >> >>" % (tree, content, resources)
    )


def _tree(pdf: Pdf, catalog: int, tree: int, kids: list[int]) -> None:
    refs = b" ".join(b"%d 0 R" % kid for kid in kids)
    pdf.add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids)), tree)
    pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree, catalog)


def picture_pdf(pages: int = 1) -> bytes:
    """Pages that only show a picture, as a scanner makes them."""
    pdf = Pdf()
    catalog, tree = pdf.reserve(), pdf.reserve()
    pixels = bytes((x * 7 + y * 3) % 256 for y in range(64) for x in range(64))
    image = pdf.stream(
        pixels,
        b"/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8",
    )
    kids = []
    for _ in range(pages):
        content = pdf.stream(b"q 500 0 0 700 50 70 cm /Im1 Do Q")
        kids.append(_page(pdf, tree, content, b"/XObject << /Im1 %d 0 R >>" % image))
    _tree(pdf, catalog, tree, kids)
    return pdf.write(catalog)


def empty_pdf() -> bytes:
    """One page that shows nothing at all."""
    pdf = Pdf()
    catalog, tree = pdf.reserve(), pdf.reserve()
    kids = [_page(pdf, tree, pdf.stream(b""), b"")]
    _tree(pdf, catalog, tree, kids)
    return pdf.write(catalog)


def bomb_pdf(inflated_mib: int) -> bytes:
    """One page whose content stream inflates to ``inflated_mib`` MiB of spaces.

    Built at no cost: one fully flushed deflate piece of 1 MiB, repeated (each piece
    refers to nothing before it), in a zlib wrapper with the right checksum.
    """
    pdf = Pdf()
    catalog, tree = pdf.reserve(), pdf.reserve()
    chunk = b" " * (1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    checksum = 1
    for _ in range(inflated_mib):
        checksum = zlib.adler32(chunk, checksum)
    compressed = b"\x78\xda" + piece * inflated_mib + final + checksum.to_bytes(4, "big")
    content = pdf.stream(b"", compressed=compressed)
    _tree(pdf, catalog, tree, [_page(pdf, tree, content, b"")])
    return pdf.write(catalog)


def padded_pages_pdf(lines: Sequence[str], pages: int, padding_mib: int) -> bytes:
    """Pages of text, each content stream padded to inflate ``padding_mib`` MiB more
    (white space), built like :func:`bomb_pdf`."""
    pdf = Pdf()
    catalog, tree = pdf.reserve(), pdf.reserve()
    font = _font(pdf, {ch for line in lines for ch in line})
    text = text_ops(lines) + b"\n"
    chunk = b" " * (1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = head.compress(text) + head.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    checksum = zlib.adler32(text)
    for _ in range(padding_mib):
        checksum = zlib.adler32(chunk, checksum)
    compressed = b"\x78\xda" + first + piece * padding_mib + final + checksum.to_bytes(4, "big")
    kids = []
    for _ in range(pages):
        content = pdf.stream(b"", compressed=compressed)
        kids.append(_page(pdf, tree, content, b"/Font << /F1 %d 0 R >>" % font))
    _tree(pdf, catalog, tree, kids)
    return pdf.write(catalog)


def nested_forms_pdf(depth: int, fan_out: int, *, self_reference: bool = False) -> bytes:
    """A page drawing form F<depth>, each form drawing the one below ``fan_out`` times
    (billion laughs for PDF); or one form that draws itself."""
    pdf = Pdf()
    catalog, tree = pdf.reserve(), pdf.reserve()
    font = _font(pdf, "答复")
    forms: list[int] = []
    bbox = b"/Type /XObject /Subtype /Form /BBox [0 0 595 842]"
    if self_reference:
        number = pdf.reserve()
        pdf.stream(
            b"/F0 Do",
            bbox + b" /Resources << /XObject << /F0 %d 0 R >> >>" % number,
            number=number,
        )
        forms.append(number)
    else:
        glyphs = text_ops(["答复" * 10])
        forms.append(pdf.stream(glyphs, bbox + b" /Resources << /Font << /F1 %d 0 R >> >>" % font))
        for level in range(1, depth + 1):
            ops = b"\n".join([b"/F%d Do" % (level - 1)] * fan_out)
            resources = b" /Resources << /XObject << /F%d %d 0 R >> >>" % (level - 1, forms[-1])
            forms.append(pdf.stream(ops, bbox + resources))
    top = len(forms) - 1
    content = pdf.stream(b"/F%d Do" % top)
    resources = b"/XObject << /F%d %d 0 R >> /Font << /F1 %d 0 R >>" % (top, forms[-1], font)
    _tree(pdf, catalog, tree, [_page(pdf, tree, content, resources)])
    return pdf.write(catalog)


def glyph_flood_pdf(glyphs: int, *, strings: int = 1) -> bytes:
    """One page showing ``glyphs`` glyphs (one byte pair each) in ``strings`` strings."""
    pdf = Pdf()
    catalog, tree = pdf.reserve(), pdf.reserve()
    font = _font(pdf, "答")
    each = b"(" + b"\x7b\x54" * (glyphs // strings) + b") Tj "
    data = b"BT /F1 1 Tf 0 0 Td " + each * strings + b"ET"
    content = pdf.stream(data, compressed=zlib.compress(data, 9))
    _tree(pdf, catalog, tree, [_page(pdf, tree, content, b"/Font << /F1 %d 0 R >>" % font)])
    return pdf.write(catalog)
