"""Field-by-field comparison of a record with a hand-checked expected record.

Only the fields present in the expected record are compared; strings are compared without
white space and trailing punctuation, as the project's scorer does.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

_SPACE = re.compile(r"\s+")
_TRAIL = "。；;，,：:、 "

SCALARS = ("issuer", "doc_number", "handling_type", "public", "title", "proposal", "signature")
LISTS = ("addressees", "sections", "amounts", "dates", "contacts", "cc", "references")


def _norm(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    return _SPACE.sub("", str(value)).rstrip(_TRAIL)


def _money(value: Any) -> float | None:
    return None if value is None else round(float(value), 2)


def _flat_sections(sections: list[dict[str, Any]] | None) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for s in sections or []:
        out.append(
            (s.get("level"), s.get("number"), _norm(s.get("marker")), _norm(s.get("heading")))
        )
        out.extend(_flat_sections(s.get("children")))
    return out


def items(field: str, record: dict[str, Any]) -> list[Any]:
    """The comparable items of one field, as a list (order does not count)."""
    value = record.get(field)
    if field == "doc_number":
        return [] if not value else [_norm(value.get("text"))]
    if field == "proposal":
        value = value or {}
        return [(k, _norm(value.get(k))) for k in ("kind", "number", "session", "title")]
    if field == "signature":
        value = value or {}
        return [("issuer", _norm(value.get("issuer"))), ("date", value.get("date"))]
    if field == "addressees":
        return [(_norm(a["name"]), _norm(a.get("role"))) for a in value or []]
    if field == "sections":
        return _flat_sections(value)
    if field == "amounts":
        return [
            (_money(a["value"]), _money(a.get("end")), bool(a.get("approximate")))
            for a in value or []
        ]
    if field == "dates":
        return [(d["value"], d.get("end")) for d in value or [] if not d.get("inferred")]
    if field == "contacts":
        return [
            (
                _norm(c.get("name")),
                _norm(c.get("org")),
                re.sub(r"\D", "", c.get("phone") or "") or None,
            )
            for c in value or []
        ]
    if field == "cc":
        return [_norm(c) for c in value or []]
    if field == "references":
        return [(r["kind"], _norm(r["text"])) for r in value or []]
    return [_norm(value)]


def differences(
    predicted: dict[str, Any], expected: dict[str, Any]
) -> dict[str, dict[str, list[Any]]]:
    """Per field present in ``expected``: what was missed and what was extra."""
    out: dict[str, dict[str, list[Any]]] = {}
    for field in SCALARS + LISTS:
        if field not in expected:
            continue
        want, got = Counter(items(field, expected)), Counter(items(field, predicted))
        if want != got:
            out[field] = {
                "missed": list((want - got).elements()),
                "extra": list((got - want).elements()),
            }
    return out
