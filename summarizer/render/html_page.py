"""The HTML review page: the summary beside the release, every cited span highlighted.

One self-contained file (inline style and script, nothing fetched). Each cited span of the
source is a ``<mark>`` coloured by the verification status of the numbers that cite it;
clicking a summary item scrolls the source to its first cited span and flashes it.
"""

from __future__ import annotations

from html import escape

from ..summary.model import Citation, Envelope, human, metric_label
from ..verify.verifier import SUPPORTED, Status, VerificationReport

__all__ = ["review_page"]

# How a cited span is coloured when several items cite it: the worst status wins, and a
# span that only backs words ("cited") takes any status a number gives it.
_RANK = {"cited": -1, "verified": 0, "derived": 0, "misattributed": 2, "context_mismatch": 2, "unsupported": 3}
_STYLE = """
body{margin:0;font:14px/1.45 system-ui,sans-serif;color:#1b1f24;display:flex;height:100vh}
#summary{width:42%;overflow:auto;padding:16px 20px;border-right:1px solid #d0d7de;box-sizing:border-box}
#source{flex:1;overflow:auto;padding:16px 20px;white-space:pre-wrap;font:12.5px/1.5 ui-monospace,monospace}
h1{font-size:18px;margin:0 0 8px} h2{font-size:15px;margin:18px 0 6px}
.claim{cursor:pointer;border-radius:4px;padding:2px 4px} .claim:hover{background:#f3f4f6}
table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #eaeef2;padding:4px;text-align:left;vertical-align:top}
mark{border-radius:2px;padding:0 1px} mark.verified{background:#cdf5d3} mark.cited{background:#e6edf7}
mark.misattributed,mark.context_mismatch{background:#ffe2a8} mark.unsupported{background:#ffc7c7}
mark.flash{outline:3px solid #0969da} .bad{color:#b42318;font-weight:600} .ok{color:#1a7f37}
.legend span{display:inline-block;margin-right:10px} .meta{color:#57606a}
"""
_SCRIPT = """
document.querySelectorAll('[data-cite]').forEach(function (claim) {
  claim.addEventListener('click', function () {
    var mark = document.getElementById('cite-' + claim.getAttribute('data-cite'));
    if (!mark) return;
    mark.scrollIntoView({block: 'center'});
    document.querySelectorAll('mark.flash').forEach(function (m) { m.classList.remove('flash'); });
    mark.classList.add('flash');
  });
});
"""


def _citation_statuses(envelope: Envelope, report: VerificationReport) -> dict[tuple[int, int], str]:
    """Each cited span's status: the worst of the numbers of the items that cite it."""
    items = {"headline": envelope.summary.headline.citations}
    for name in ("metrics", "guidance", "business_update"):
        for index, item in enumerate(getattr(envelope.summary, name)):
            items[f"{name}[{index}]"] = item.citations
    statuses: dict[tuple[int, int], str] = {}
    for claim in report.claims:
        numbers = [n for n in claim.numbers if n.status is not Status.NOT_FINANCIAL]
        worst = max((n.status.value for n in numbers), key=lambda s: _RANK[s], default="cited")
        for citation in items.get(claim.item, []):
            key = (citation.start, citation.end)
            statuses[key] = max(statuses.get(key, "cited"), worst, key=lambda s: _RANK[s])
    for citation in (*envelope.summary.company.citations, *envelope.summary.period.citations):
        statuses.setdefault((citation.start, citation.end), "cited")
    return statuses


def _highlighted(text: str, spans: list[tuple[int, int]], ids: dict[tuple[int, int], int], statuses) -> str:
    """The source as HTML, each cited stretch in a ``<mark>``; overlapping citations split into pieces."""
    bounds = sorted({0, len(text), *(b for span in spans for b in span)})
    out, started = [], set()
    for start, end in zip(bounds, bounds[1:]):
        covering = [span for span in spans if span[0] <= start and end <= span[1]]
        piece = escape(text[start:end])
        if not covering:
            out.append(piece)
            continue
        status = max((statuses[span] for span in covering), key=lambda s: _RANK[s])
        first = [span for span in covering if span not in started]
        started.update(first)
        anchor = f' id="cite-{ids[first[0]]}"' if first else ""
        cites = " ".join(str(ids[span]) for span in covering)
        out.append(f'<mark class="{status}"{anchor} data-cites="{cites}" title="[{cites}] {status}">{piece}</mark>')
    return "".join(out)


def review_page(envelope: Envelope, report: VerificationReport, text: str, *, engine_note: str = "") -> str:
    summary = envelope.summary
    statuses = _citation_statuses(envelope, report)
    spans = sorted(statuses)
    ids = {span: number for number, span in enumerate(spans, 1)}
    checks = {claim.item: claim for claim in report.claims}

    def claim(citations: list[Citation], body: str, tag: str = "div") -> str:
        first = next((ids[(c.start, c.end)] for c in citations if (c.start, c.end) in ids), None)
        data = f' data-cite="{first}"' if first else ""
        return f'<{tag} class="claim"{data}>{body}</{tag}>'

    def marked(item: str, position: int) -> str:
        numbers = [n for n in checks[item].numbers if n.status is not Status.NOT_FINANCIAL] if item in checks else []
        if position >= len(numbers):
            return ""
        number = numbers[position]
        good = number.status in SUPPORTED
        symbol = "✓" if number.status is Status.VERIFIED else "≈" if good else "✗"
        return f' <span class="{"ok" if good else "bad"}" title="{number.status.value}">{symbol}</span>'

    rows = []
    for index, metric in enumerate(summary.metrics):
        item, cells = f"metrics[{index}]", []
        cells.append(escape(metric_label(metric)))
        cells.append(escape(human(metric.value, envelope.currency, metric.comparison_value)) + marked(item, 0))
        cells.append(escape(human(metric.comparison_value, envelope.currency, metric.value)) + marked(item, 1) if metric.comparison_value else "—")
        position = 2 if metric.comparison_value else 1
        cells.append(escape(human(metric.change, envelope.currency)) + marked(item, position) if metric.change else "—")
        rows.append(claim(metric.citations, "".join(f"<td>{c}</td>" for c in cells), "tr"))
    parts = [
        f"<h1>{claim(summary.headline.citations, escape(summary.headline.text), 'span')}</h1>",
        f'<p class="meta">{escape(summary.company.name)} · {escape(summary.period.label)} · '
        f"{escape(envelope.document.source)} · sha256 {envelope.document.sha256[:12]}</p>",
        f'<p class="{"ok" if report.supported else "bad"}">{escape(report.summary_line())}</p>',
        '<p class="legend"><span><mark class="verified">verified</mark></span><span><mark class="context_mismatch">'
        'misattributed or other context</mark></span><span><mark class="unsupported">unsupported</mark></span>'
        '<span><mark class="cited">cited, no number</mark></span></p>',
    ]
    if rows:
        parts += ["<h2>Key figures</h2>", "<table><tr><th>Metric</th><th>This period</th><th>Comparison</th>"
                  "<th>Change</th></tr>", *rows, "</table>"]  # fmt: skip
    if summary.guidance:
        parts += ["<h2>Guidance</h2>", *(claim(g.citations, escape(g.text)) for g in summary.guidance)]
    if summary.business_update:
        parts += ["<h2>Business update</h2>"]
        parts += [claim(u.citations, (f"<b>{escape(u.topic)}</b>: " if u.topic.strip() else "") + escape(u.text))
                  for u in summary.business_update]  # fmt: skip
    if report.citation_errors or report.warnings:
        parts += ["<h2>Problems</h2>", *(f'<p class="bad">{escape(p)}</p>' for p in (*report.citation_errors, *report.warnings))]
    if engine_note:
        parts.append(f'<p class="meta"><i>{escape(engine_note)}</i></p>')
    title = escape(f"{summary.company.name}: {summary.period.label}")
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{_STYLE}</style></head><body>"
        f'<section id="summary">{"".join(parts)}</section>'
        f'<section id="source">{_highlighted(text, spans, ids, statuses)}</section>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
