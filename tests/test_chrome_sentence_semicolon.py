"""A page's cell whose value holds a sentence's mark is no cell of the page's own data,
a semicolon's included (``来源：某局；某办``, ``…请各单位于5月前报送；``): the chrome module's
``_SENTENCE`` counts ``；`` and ``;``. A second binding of that name lower in the module
(for the first sentence after a crumb's salutation, which a semicolon does not end) had
rebound it for every use, so such lines were read as the page's byline and dropped.
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse.chrome import is_chrome_line


@pytest.mark.parametrize(
    "line",
    [
        "时间:2023-01-01 08:00来源:某局；某办作者:",
        "来源：某局；某办  发布时间：2024-06-01",
        # (a keyword cell's list parted by semicolons is the page's: fix127, its own test)
        "| 来源：某局；某办 | | 时效： | 有效 |",
        "时间：2023-01-01 08:00来源：我局将继续；作者：",
        "发布时间：2024-06-01  来源：请各单位于5月前报送；",
    ],
    ids=["glued-row", "byline-value", "table-row", "glued-sentence", "byline-sentence"],
)
def test_a_value_with_a_semicolon_is_no_page_cell(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "时间:2023-01-01 08:00来源:某局作者:",
        "来源：某局  发布时间：2024-06-01",
        "| 主题词：教育 | | 时效： | 有效 |",
    ],
    ids=["glued-row", "byline", "table-row"],
)
def test_the_page_cells_without_one_stay_chrome(line: str) -> None:
    assert is_chrome_line(line)
