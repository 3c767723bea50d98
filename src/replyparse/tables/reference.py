"""The column reference of the analysts' tables, in Markdown, made from their description.

``docs/tables.md`` holds it between ``<!-- tables:start -->`` and ``<!-- tables:end -->``
(``make readme`` rewrites it; a test fails when it is stale), so the documentation cannot
drift from what the SQLite and CSV writers produce.
"""

from __future__ import annotations

from typing import Any

from replyparse.tables.schema import TABLES, Table


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _type(kind: str, required: bool) -> str:
    return kind if required else f"{kind} or null"


def table_markdown(table: Table[Any]) -> str:
    rows = ["| column | type | meaning |", "|---|---|---|"]
    for key in table.keys:
        rows.append(f"| `{key.name}` | {_type(key.type.value, key.required)} | {_cell(key.doc)} |")
    for c in table.columns:
        meaning = c.doc
        if c.refers is not None:
            meaning += f" (joins `{c.refers}.ordinal` of the same letter)"
        rows.append(f"| `{c.name}` | {_type(c.type.value, c.required)} | {_cell(meaning)} |")
    keyed = "key `id`, `name` unique" if table.name == "letters" else "key `letter_id`, `ordinal`"
    indexes = "".join(f"; index on `{column}`" for column in table.indexes)
    head = f"### `{table.name}`\n\n{table.doc} ({keyed}{indexes}).\n\n"
    return head + "\n".join(rows) + "\n"


def markdown() -> str:
    """Every table's section, in :data:`~replyparse.tables.schema.TABLES` order."""
    return "\n".join(table_markdown(t) for t in TABLES)
