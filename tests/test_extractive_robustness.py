"""Right or silent where a release is laid out as the engine has not seen: its scale captions
gone, or its tables gone and only sentences left (``benchmarks/extractive_robustness.py``). A key
figure is then the release's own, at its own scale, or left out; never another value."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from summarizer.engines.extractive import summarize_extractive
from summarizer.ingest.load import load_document

READING = Path(__file__).resolve().parent / "data" / "reading"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from extractive_robustness import prose_only, unsaid_scale  # noqa: E402


def _key_figures(tmp_path: Path, name: str, alter) -> dict[tuple[str, str], tuple[str, str]]:
    """The GAAP key figures (metric, current|comparison) -> (value, scale) of an altered release."""
    altered = tmp_path / name
    altered.write_text(alter((READING / name).read_text(encoding="utf-8")), encoding="utf-8")
    summary = summarize_extractive(load_document(altered))
    figures = {}
    for metric in summary.metrics:
        for which, amount in (("current", metric.value), ("comparison", metric.comparison_value)):
            if metric.basis == "gaap" and amount is not None:
                figures[metric.metric, which] = (amount.value, amount.scale)
    return figures


def test_a_table_the_prose_shows_in_thousands_is_not_read_in_dollars_for_a_footnote_s_unscaled_amounts(tmp_path):
    # Sterling without its "(In thousands ...)" captions: a footnote says "GAAP operating income of $219,261"
    # (thousands, unsaid) while the bullets give revenue as "$1.17 billion": no statement figure in dollars
    figures = _key_figures(tmp_path, "sterling-infrastructure_q2-2026_text.txt", unsaid_scale)
    amounts = {key: value for key, value in figures.items() if not key[0].startswith("eps")}
    assert all(scale != "units" for _, scale in amounts.values())
    assert figures[("eps_diluted", "current")] == ("5.00", "units")


def test_a_one_digit_cell_beside_a_sentence_s_billion_scales_no_table(tmp_path):
    # Venture Global without its "(in millions ...)" caption: the statement's "1" of minority interests
    # matched "$1.0 billion" of a sentence, and every amount of the statement read in billions
    figures = _key_figures(tmp_path, "venture-global_q2-2026_text.txt", unsaid_scale)
    assert figures.get(("revenue", "current"), ("4578", "millions")) in {("4578", "millions"), ("4.6", "billions")}
    assert all(not (scale == "billions" and float(value) > 100) for value, scale in figures.values())
    assert figures[("eps_diluted", "current")] == ("0.51", "units")


def test_a_release_in_dollars_keeps_every_table_it_restates(tmp_path):
    # Golden Matrix prints its statements in dollars with no caption at all; its prose restates them rounded
    figures = _key_figures(tmp_path, "golden-matrix_fy2024_newswire.txt", lambda text: text)
    assert figures[("revenue", "current")] == ("151115532", "units")
    assert figures[("cash", "current")] == ("30125944", "units")


@pytest.mark.parametrize(
    ("name", "metric", "wrong"),
    [
        # "Our adjusted net income amounted to $133.3 million, or $6.93 per diluted share"
        ("danaos_q4-2024_newswire.txt", "eps_diluted", "6.93"),
        # "($0.12 earnings per share) and adjusted earnings of $31 million ($0.04 adjusted earnings per share)"
        ("first-quantum_q4-2024_newswire.txt", "eps_diluted", "0.04"),
        # "Royalty production revenue of $115.6 million combined with other revenue ... total revenues of $135.6 million"
        ("prairiesky_q4-2024_newswire.txt", "revenue", "115.6"),
        # "The increase in revenue of $102.3 million for the quarter was primarily related to ..."
        ("arvinas_q4-2024_newswire.txt", "revenue", "102.3"),
        # "Basic and diluted net loss per share was RMB0.02 (US$0.00)": a translation, in another currency
        ("kingsoft-cloud_q2-2026_text.txt", "eps_diluted", "0.00"),
    ],
)
def test_a_sentence_gives_a_key_figure_only_as_the_reported_metric_itself(tmp_path, name, metric, wrong):
    figures = _key_figures(tmp_path, name, prose_only)
    assert figures.get((metric, "current"), ("", ""))[0] != wrong


def test_a_comparison_dated_a_quarter_earlier_is_not_the_year_ago_figure(tmp_path):
    # Peapack: "net income of $9.6 million ... for the quarter ended September 30, 2025 ..., compared to net
    # income of $7.9 million and diluted EPS of $0.45 for the quarter ended June 30, 2025"
    source = Path(__file__).resolve().parent / "data" / "peapack-gladstone_q3-2025_newswire.txt"
    (tmp_path / "reading").mkdir()
    altered = tmp_path / "reading" / source.name
    altered.write_text(prose_only(source.read_text(encoding="utf-8")), encoding="utf-8")
    summary = summarize_extractive(load_document(altered))
    comparisons = [m.comparison_value.value for m in summary.metrics if m.metric in ("net_income", "eps_diluted") and m.comparison_value]
    assert "7.9" not in comparisons and "0.45" not in comparisons
