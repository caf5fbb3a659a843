"""The rest of the extractive note: headline, guidance and business update, read on real releases."""

from __future__ import annotations

import pytest
from corpus import DATA, document

from summarizer.cli import main
from summarizer.engines.extractive import summarize_extractive
from summarizer.text.release_prose import is_boilerplate, is_debris, sections
from summarizer.verify.guidance_reading import direction


def _guidance(name: str) -> list[tuple[str, str, tuple | None, tuple | None]]:
    amount = lambda a: (a.value, a.unit, a.scale) if a else None  # noqa: E731
    return [(g.metric, g.period, amount(g.low), amount(g.high)) for g in summarize_extractive(document(name)).guidance]


def test_guidance_leaves_out_the_guidance_it_replaces_and_says_it_was_lowered(capsys):
    """Lowe's outlook bullets quote the range they replace: "(previously $92.0 to 94.0 billion)"
    is not the guidance, and the new figure below the old range is a lowered outlook."""
    guidance = _guidance("note/lowes_q2-fy2026_text.txt")
    assert guidance[0] == ("total sales", "Fiscal Year 2026", ("92.0", "currency", "billions"), ("92.0", "currency", "billions"))
    # "flat (previously flat to up 2%)": no figure of its own, so no range, and never the old 2%
    assert guidance[1] == ("comparable sales", "Fiscal Year 2026", None, None)
    assert ("diluted earnings per share", "Fiscal Year 2026", ("11.75", "per_share", "units"), ("11.75", "per_share", "units")) in guidance
    # "Capital expenditures of up to $2.5 billion": a ceiling, no lower end
    assert ("capital expenditures", "Fiscal Year 2026", None, ("2.5", "currency", "billions")) in guidance
    assert main(["summarize", str(DATA / "note/lowes_q2-fy2026_text.txt")]) == 0
    note = capsys.readouterr().out
    # (its citation's number follows the key-figure rows above it: the statement's per-share rows, read under their own
    # periods since session 49, are two of them)
    assert "- **Lowered**: Total sales of $92.0 billion (previously $92.0 to 94.0 billion) [" in note
    assert "- Net interest expense of approximately $1.6 billion [" in note


def test_a_gaap_and_a_non_gaap_figure_are_never_one_range():
    """NVIDIA: "GAAP and non-GAAP gross margins are expected to be 74.9% and 75.0%, respectively":
    the range is the first figure alone; "between 17.0% and 19.0%" for both bases is one range."""
    guidance = _guidance("nvidia_q4-fy2026.txt")
    assert guidance[0] == ("revenue", "first quarter of fiscal 2027", ("78.0", "currency", "billions"), ("78.0", "currency", "billions"))
    assert ("gross margins", "first quarter of fiscal 2027", ("74.9", "percent", "units"), ("74.9", "percent", "units")) in guidance
    assert ("GAAP and non-GAAP tax rates", "full year fiscal 2027", ("17.0", "percent", "units"), ("19.0", "percent", "units")) in guidance
    # a segment's outlook keeps the words that narrow it: never the company's revenue
    assert ("Data Center compute revenue", "first quarter of fiscal 2027", None, None) in guidance


def test_an_outlook_list_takes_the_period_of_its_sub_heading():
    """Datadog lists its outlook under "• Third Quarter 2026 Outlook:" and "• Full Year 2026
    Outlook:", lines without a verb of their own ("◦ Revenue between $4.45 billion and ...")."""
    assert _guidance("datadog_q2-2026_text.txt") == [
        ("revenue", "Third Quarter 2026", ("1.135", "currency", "billions"), ("1.145", "currency", "billions")),
        ("non-GAAP operating income", "Third Quarter 2026", ("260", "currency", "millions"), ("270", "currency", "millions")),
        ("non-GAAP net income per share", "Third Quarter 2026", ("0.63", "per_share", "units"), ("0.65", "per_share", "units")),
        ("revenue", "Full Year 2026", ("4.45", "currency", "billions"), ("4.47", "currency", "billions")),
        ("non-GAAP operating income", "Full Year 2026", ("1.01", "currency", "billions"), ("1.03", "currency", "billions")),
        ("non-GAAP net income per share", "Full Year 2026", ("2.50", "per_share", "units"), ("2.54", "per_share", "units")),
    ]


def test_a_capture_metadata_block_is_no_guidance_and_the_same_guidance_is_given_once():
    """Gecina's newswire capture opens with 'title: "..." date: "..." summary: "..."', which holds
    the words "guidance" and "expected"; its 2025 guidance is said twice (bullet and table line)."""
    summary = summarize_extractive(document("reading/gecina_fy2024_newswire.txt"))
    assert not any("title:" in g.text or "date:" in g.text for g in summary.guidance)
    first = summary.guidance[0]
    assert first.text.startswith("2025 guidance: recurrent net income (Group share) expected between EUR6.60 to EUR6.70")
    assert (first.metric, first.period, first.low.value, first.high.value, first.low.unit) == (
        "recurrent net income", "2025", "6.60", "6.70", "per_share",
    )  # fmt: skip
    assert sum(g.low is not None and g.low.value == "6.60" for g in summary.guidance) == 1


def test_a_guidance_sentence_that_only_says_it_was_reaffirmed_is_kept():
    guidance = summarize_extractive(document("conocophillips_q2-2026_text.txt")).guidance
    reaffirmed = next(g for g in guidance if g.text == "Reaffirmed full-year guidance items.")
    assert (reaffirmed.low, reaffirmed.high, reaffirmed.period) == (None, None, "full-year")


@pytest.mark.parametrize(
    "sentence, said",
    [
        # Eli Lilly Q2 2026
        ("Increased 2026 full-year revenue guidance to be in the range of $85.0 billion to $87.0 billion", "raised"),
        # Lowe's Q2 FY2026: the new figure against the previous range it quotes
        ("Total sales of $92.0 billion (previously $92.0 to 94.0 billion)", "lowered"),
        ("Reaffirmed full-year guidance items.", "reaffirmed"),  # ConocoPhillips Q2 2026
        # Copa Q4 2024: "reaffirming" a position is no guidance
        ("the third best in the world, reaffirming its position as one of the leading airlines in the industry.", None),
        ("Net interest expense of approximately $1.6 billion", None),  # Lowe's: a new line, no direction stated
    ],
)
def test_the_direction_a_guidance_sentence_states(sentence, said):
    assert direction(sentence) == said


def test_headings_broken_inside_a_sentence_are_no_topics():
    """Kingsoft Cloud's converter breaks "Total Revenues reached / RMB3,072.0 million ..." and
    "This announcement contains translations of certain / Renminbi (RMB) amounts ..." over lines."""
    topics = {u.topic for u in summarize_extractive(document("reading/kingsoft-cloud_q2-2026_text.txt")).business_update}
    assert topics <= {"", "Results"}


def test_the_business_update_has_no_title_table_row_or_dateline():
    """Wells Fargo's EDGAR exhibit: the title line ("News Release | January 14, 2022 Wells Fargo
    Reports ..."), a table's header cells read as text and a table row ("Allowance for credit
    losses for loans $13,788 14,705 19,713") were updates or topics."""
    updates = summarize_extractive(document("reading/wells-fargo_q4-2021.htm")).business_update
    assert (updates[0].topic, updates[0].text) == (
        "Capital", "Repurchased 139.7 million shares, or $7.0 billion, of common stock in fourth quarter 2021",
    )  # fmt: skip
    assert not any("|" in u.text or "News Release" in u.text or "Dec 31, 2021" in u.text for u in updates)
    assert not any(any(c.isdigit() for c in u.topic) for u in updates)


def test_the_business_update_leaves_out_last_years_results_and_accounting_notes():
    sears = [u.text for u in summarize_extractive(document("sears_q2-2004.txt")).business_update]
    assert not any(text.startswith("The prior year results included") for text in sears)
    immunogen = [u.text for u in summarize_extractive(document("immunogen_q2-fy2006_8k.txt")).business_update]
    assert not any("SFAS 123(R)" in text for text in immunogen)
    assert "ImmunoGen had approximately $85.0 million in cash and marketable securities as of December 31, 2005" in " ".join(immunogen)


def test_the_headline_calls_a_loss_a_loss_and_names_its_period():
    immunogen = summarize_extractive(document("immunogen_q2-fy2006_8k.txt")).headline.text
    assert immunogen.endswith("net loss of $3.5 million; diluted net loss per share of $0.09.")
    prairiesky = summarize_extractive(document("reading/prairiesky_q4-2024_newswire.txt")).headline.text
    assert "reported Q4 2024 revenue of $135.6 million" in prairiesky


def test_an_update_without_a_topic_has_no_label(capsys):
    assert main(["summarize", str(DATA / "reading/wells-fargo_q4-2021.htm")]) == 0
    note = capsys.readouterr().out
    assert "\n- Noninterest income increased 27%, driven by strong results in our affiliated venture capital" in note
    # a list's item that opens with its figure leans on the list's head: no update of its own
    assert "\n- $943 million, or $0.18 per share, net gain" not in note
    assert "**Highlights**" not in note and "****" not in note


def test_sections_of_a_release():
    """Wells Fargo's headings: "About Wells Fargo" marks boilerplate and is no topic, "Capital" is a
    topic, and the lead-in "Fourth quarter 2021 results included:" ends a section but names none."""
    doc = document("reading/wells-fargo_q4-2021.htm")
    found = sections(doc.text, sorted(t.span for t in doc.tables), doc.info.title)
    by_start = {doc.text[s.start : s.end].strip(): s for s in found}
    assert by_start["About Wells Fargo"].boilerplate and by_start["About Wells Fargo"].label == ""
    assert by_start["Capital"].label == "Capital" and not by_start["Capital"].boilerplate
    assert not any(s.label.startswith("Fourth quarter 2021 results included") for s in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "AUSTIN, Texas, June 13, 2022 -- Oracle Corporation (NYSE: ORCL) today announced fiscal 2022 Q4 results.",
        "Lowe's Companies, Inc. (NYSE: LOW) is a FORTUNE® 100 home improvement company with total fiscal year 2025 sales of more than $86 billion.",
        "We have excluded the net deferred tax effects related to this net income tax benefit from our non-GAAP income tax effects and net income measures for fiscal 2022 and 2021.",
        'title: "Gecina: 2024 Earnings" date: "2025-02-14 02:56:00" summary: "Gecina: 2024 EarningsSustaining Value"',
        # Kingsoft Cloud's convenience-translation note; Beyond Meat's lead-in to a table
        "Unless otherwise noted, the translation of RMB into US$ has been made at RMB6.7851 to US$1.00, the noon buying rate in effect on June 30, 2026",
        "The following table summarizes certain charges recorded in the Company’s condensed consolidated statement of operations",
    ],
)
def test_boilerplate_sentences(sentence):
    assert is_boilerplate(sentence)


@pytest.mark.parametrize(
    "sentence, debris",
    [
        ("Oracle Announces Fiscal 2022 Fourth Quarter and Fiscal Full Year Financial Results", True),
        ("Q4 GAAP Earnings per Share $1.16, Non-GAAP Earnings per Share $1.54", True),
        ("(2) Acquisition related and other for fiscal 2022 included the impact of litigation related charges totaling $4.7 billion.", True),
        ("Total | | | | | $ | (3,839) | |", True),
        ("* 2025 guidance: recurrent net income (Group share) expected between EUR6.60 to EUR6.70 per share", False),
        ("Record quarterly Data Center revenue of $30.8 billion, up 17% from Q2 and up 112% from a year ago", False),
    ],
)
def test_debris_is_not_a_sentence_of_prose(sentence, debris):
    assert is_debris(sentence) is debris


def test_a_guidance_metric_is_not_taken_from_an_aside_of_what_it_excludes():
    from summarizer.verify.guidance_reading import guidance_metric

    sentence = "The effective tax rate for 2025, excluding Cobre Panamá and interest expense, is expected to be approximately 30%."
    assert guidance_metric(sentence, sentence.index("30%")) == "effective tax rate"
    anticipated = "We anticipate revenue growth near the midpoint of our 10% to 14% FX-neutral range, or approximately 12%."
    assert guidance_metric(anticipated, anticipated.index("10%")) == "revenue growth"
