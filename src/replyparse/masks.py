"""The marks a publisher writes for what it masks for privacy, and the narrower sets some
readers take of them.

A published letter masks what it must not show: the serial of a 发文字号
(``某街函〔2024〕**号``, ``××号``, ``XX号``, ``○○号``), a phone's digits (``139****0123``,
``138××××0000``), a person's given name (``许**``, ``王××``, ``姜xx``, ``李*兴``).
:data:`MASK_MARKS` is every such mark; a reader that must not take some of them takes one of
the subsets below, each built from the one before and saying what it leaves out and why.
Its own module, imported by every reader of masks (:mod:`replyparse.elements`,
:mod:`replyparse.fields.docnumber`, :mod:`replyparse.resegment`, :mod:`replyparse.layout`,
:mod:`replyparse.fields.contacts`).
"""

from __future__ import annotations

STAR_MASKS = "*＊×"
"""The marks that are nothing but a mask, of either width and the multiplication sign: no
name, number or word holds them. A contact's masked name (``娄**``, ``李*兴``) is read with
these alone: the name pattern there runs over the hanzi of a closing's lines, where a Latin
letter after a name is no mask (as found; the letters were never taken there)."""

TYPED_MASKS = STAR_MASKS + "Xx"
""":data:`STAR_MASKS` and the Latin letter a typist writes for a masked character
(``姜xx``, ``139xxxx0000``): what masks a salutation's names (:mod:`replyparse.resegment`) and
a phone's digits (:mod:`replyparse.fields.contacts`). Neither ``○`` (a hanzi date's zero as
often, ``二○二四年``, which a run of a name's characters must not run into) nor ``□`` (a
font's lost character, which may be the name's own); the full-width ``Ｘ`` the view reads as
``X``."""

MASK_MARKS = TYPED_MASKS + "Ｘ○□"
"""Every mark a publisher writes for what it masks: :data:`TYPED_MASKS`, the full-width
``Ｘ``, ``○``, and ``□`` (a font's lost digits, ``□□号``). Read whole where a mask stands
in a 发文字号's serial, before its 号 (:mod:`replyparse.elements`,
:mod:`replyparse.fields.docnumber`): there neither a date nor a name is near."""

MOBILE_HEAD = "1[3-9][0-9]"
"""A mobile's first three figures (its network's, 13x to 19x): every reader of a mobile's number
(the contacts' phone finder, the re-segmenter's phone before a postcode, the masked mobile
below) opens it with these."""
MOBILE = rf"{MOBILE_HEAD}[0-9]{{8}}"
"""A mobile's eleven figures written whole, no dash nor blank between."""
WHOLE_LANDLINE = r"0[0-9]{2}-[0-9]{8}|0[0-9]{3}-[0-9]{7,8}"
"""A landline written whole with its area code and a dash, its length known by the code's (a
three-figure code before eight figures, a four-figure one before seven or eight): where its
figures end, which the contacts' wider finder (a blank or a bracket for the dash, a local
number alone) need not know."""

MASKED_MOBILE = (
    # eleven characters in all, the mask one run: 139****0123, 1*******466, 138××××0000,
    # 139xxxx0000
    rf"(?=1[0-9{TYPED_MASKS}]{{10}}(?![0-9{TYPED_MASKS}]))"
    rf"1[0-9]{{0,7}}[{TYPED_MASKS}]{{3,9}}[0-9]{{0,7}}(?![{TYPED_MASKS}])"
    # a mask that is not one mark a digit, its first three digits and its last three or four
    # kept: 139******0123, 138***0123 (a page's masking, as written)
    rf"|{MOBILE_HEAD}[{TYPED_MASKS}]{{3,8}}[0-9]{{3,4}}(?![{TYPED_MASKS}])"
)
"""A mobile's number with digits masked (:data:`TYPED_MASKS`), as a published letter writes
it: the contacts' phone (:mod:`replyparse.fields.contacts`) and the re-segmenter's phone
right before a flattened closing's signer (:mod:`replyparse.resegment`, ``…189******0000
某局``) read it with this one pattern."""
