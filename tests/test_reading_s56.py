"""Reading as the claim sets write it (session 56): fixes to how releases themselves read, found on figures that
fail in several claim sets (a release's misreading costs every writer who claims that figure), and rules of running
text found on the studied sets.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number,
period or thing is not."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, fact_index

_AMD = "reading/amd_q2-2026_text.txt"


def test_a_segment_row_under_a_metric_heading_is_that_metric_of_the_segment() -> None:
    # AMD's Q2 2026 segment table: "Data Center Segment | $ 2,103 | ... | $ (155)" under "Operating Income (Loss):".
    # "Data Center" and "Gaming" were once metric words of their own (from NVIDIA's releases), so the row was read
    # as data-center revenue, whatever heading it stood under
    index = fact_index(_AMD)
    cell = next(f for f in index.facts if f.figure.row == "Data Center Segment" and f.value == 2103 * 10**6)
    assert cell.metrics == {"operating_income"}
    claim = "Data Center operating income was $2.10 billion, compared with a $155 million loss in the second quarter of 2025."
    assert_backed(_AMD, claim, "$2.10 billion")
    assert_backed(_AMD, claim, "$155 million")
    # the company's operating income was $1,990 million: the segment's row backs no claim of the company's
    assert_not_backed(_AMD, "AMD operating income was $2.10 billion in the second quarter.", "$2.10 billion")
    assert_not_backed(_AMD, claim.replace("$2.10 billion", "$2.20 billion"), "$2.20 billion")
