"""How an HTML table's cells are read: hidden cells (by style or attribute, in any case) take no
place on the grid, colspans and rowspans place the cells after them, split fragments join."""

from __future__ import annotations

from summarizer.ingest.html_text import read_html
from summarizer.types import HeaderCells

_TABLE = """<html><body><p>Results</p><TABLE>
<TR><TD></TD><TD COLSPAN="2" style="text-align:center">Three Months Ended</TD><td style="DISPLAY: NONE" colspan="5">x</td></TR>
<tr><td>Revenue</td><td style="display:none">99</td><td>$</td><td>1,234</td><td hidden>7</td><td>(5</td><td>)</td></tr>
<tr><td rowspan="2">Net income</td><td>$</td><td>100</td></tr>
<tr><td>$</td><td>90</td></tr>
</TABLE></body></html>"""


def test_hidden_cells_take_no_place_and_spans_place_the_rest():
    read = read_html(_TABLE)
    assert read.text == "Results\n\n\tThree Months Ended\nRevenue\t$1,234\t(5)\nNet income\t$100\n\t$90\n"
    assert read.headers == {"\tThree Months Ended": HeaderCells("", ("Three Months Ended", ""))}
