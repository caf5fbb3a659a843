"""What a guidance sentence says: its metric, the figures that are the new guidance, its
period, and whether it was raised, lowered or reaffirmed.

A guidance sentence often carries figures that are not its guidance: the previous range
("$92.0 billion (previously $92.0 to 94.0 billion)"), a list of metrics paired with a list
of figures ("... depreciation, interest expense ... approximately $165 million, $107
million ..., respectively"), a GAAP and a non-GAAP figure side by side. These rules read
which figure belongs to which metric, so that a range is one metric on one basis.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.vocabulary import QUARTER_ORDINAL
from ..types import RATE_UNITS, Unit
from .claims import ClaimNumber, read_numbers

__all__ = [
    "METRIC_PHRASE",
    "PERIOD_PHRASE",
    "prior_zones",
    "guidance_metric",
    "fits_metric",
    "direction",
]

METRIC_PHRASE = re.compile(
    r"(?:(?:gross|operating|net|diluted|adjusted|total|comparable|organic|recurrent|effective|"
    r"core|underlying|free|capital|same[- ]store|income|interest)\s+)*"
    r"(?:revenues?|sales|earnings per (?:diluted )?share|EPS|margins?|expenses|income from operations|income|earnings|production|"
    r"tax rates?|capital expenditures|capex|stock-based compensation(?: expense)?|cash flows?|debt|dividends?|"
    r"EBITDA|EBIT|FFO|AFFO|funds from operations|depreciation(?: expense)?|amortization(?: expense)?|"
    r"interest expense|other income|share repurchases|buybacks|(?:rental|net interest) income|growth|volumes?|shipments|bookings|backlog|"
    r"(?:[a-z]+ )?ratios?)\b(?:\s+(?:growth|margins?|rates?)\b)?"
    r"(?:\s+per\s+(?:diluted\s+)?share)?",
    re.IGNORECASE,
)
PERIOD_PHRASE = re.compile(
    rf"\b(?:{QUARTER_ORDINAL}[- ](?:fiscal )?quarter(?: of)?(?: fiscal)?(?: (?:year )?(?:19|20)\d{{2}})?"
    r"|(?:19|20)\d{2} full[- ]year|full[- ]year(?: (?:fiscal )?(?:year )?(?:19|20)\d{2})?"
    r"|(?:first|second) half(?: of)?(?: fiscal)?(?: (?:19|20)\d{2})?|H[12] (?:FY)?(?:19|20)?\d{2}"
    r"|fiscal (?:year )?(?:19|20)\d{2}|FY ?(?:19|20)?\d{2}|Q[1-4](?: (?:FY)?\d{2,4})?|(?:19|20)\d{2}|the year)\b",
    re.IGNORECASE,
)
# The figures of the guidance a release replaces: "(previously $92.0 to 94.0 billion)",
# "compared with prior guidance of ...", "from its previous range of ..."
_PRIOR = re.compile(
    r"\((?:previously|prior(?: guidance| outlook)?|was|vs\.?|versus|compared (?:to|with))\b[^)]*\)"
    r"|\b(?:from|compared (?:to|with)|versus|vs\.?)\s+(?:the\s+|its\s+|our\s+)?(?:prior|previous|previously issued|earlier)\b[^.;()]*",
    re.IGNORECASE,
)
# The words that narrow a metric ("U.S. commercial revenue", "Data Center revenue"): kept with it, so
# that a segment's guidance never reads as the company's.
_STOP = (
    r"(?!(?i:our|the|its|their|a|an|of|for|to|in|on|and|or|we|company|expect|expects|expected|anticipate|anticipates|"
    r"anticipated|forecasts?|projects?|sees?|targets?|raising|raised|increased|"
    r"lowering|lowered|reaffirming|reaffirmed|reiterate|guidance|outlook|full|year|quarter|fiscal|GAAP|non-GAAP|"
    r"adjusted|total|this|that|any|all|each|is|are|be|not|assuming|continue|now|approximately|[QH][1-4]|FY\d*)\b)"
)
_QUALIFIER_WORD = _STOP + r"(?:[A-Z][\w.&-]*|[a-z][a-z-]{3,})"
_QUALIFIER = re.compile(rf"(?<![\w.])({_QUALIFIER_WORD}(?:\s+{_QUALIFIER_WORD}){{0,2}})\s+$")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_PER_SHARE_METRIC = re.compile(r"\b(?:EPS|per (?:diluted )?share|FFO|AFFO)\b", re.IGNORECASE)
_RATE_METRIC = re.compile(r"\b(?:margins?|rates?|ratios?|growth)\b", re.IGNORECASE)
_EARNINGS_METRIC = re.compile(r"\b(?:income|earnings|profit)\b", re.IGNORECASE)
_VOLUME_METRIC = re.compile(r"\b(?:production|volumes?|shipments)\b", re.IGNORECASE)


def prior_zones(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence quotes the guidance it replaces."""
    return [match.span() for match in _PRIOR.finditer(sentence)]


def _basis(sentence: str, start: int, paired: bool) -> str:
    """The basis words before a metric: "non-GAAP", "GAAP", or "GAAP and non-GAAP" for one
    figure that is both. Where the sentence sets a GAAP figure beside a non-GAAP one ("GAAP
    and non-GAAP gross margins are expected to be 73.0% and 73.5%, respectively") the first
    figure, the GAAP one, is taken, and the metric is named as the sentence names it (the
    verifier reads the pair's basis from the sentence, not from the metric's name)."""
    before = sentence[max(0, start - 30) : start]
    if re.search(r"\bGAAP and (?:non-GAAP|adjusted)\s+$", before, re.IGNORECASE):
        return "" if paired else "GAAP and non-GAAP "
    if re.search(r"\bnon-GAAP\s+$", before, re.IGNORECASE):
        return "non-GAAP "
    return "GAAP " if re.search(r"\bGAAP\s+$", before) else ""


_OF_METRIC = re.compile(r"(?:\s+[A-Za-z]{1,4}\b){0,3}\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}?(?=" + METRIC_PHRASE.pattern + ")", re.IGNORECASE)


# An aside between commas that names what the figure leaves out: "The effective tax rate for 2025,
# excluding Cobre Panamá and interest expense, is expected to be approximately 30%."
_ASIDE = re.compile(r",\s*(?:excluding|including|before|after|net of|other than)\b[^,]*,", re.IGNORECASE)


def guidance_metric(sentence: str, first_figure: int, figure_end: int | None = None) -> str:
    """The metric a guidance sentence gives figures for: the one named just after the figures
    ("EUR60 to EUR70m of revenues"), else the one named last before the first figure, or,
    where the sentence pairs a list of metrics with a list of figures ("respectively"), the
    first of the list, which the first figure belongs to. The words that narrow it come with it
    ("U.S. commercial revenue"), so that a segment's guidance never reads as the company's."""
    paired = bool(_RESPECTIVELY.search(sentence))
    after = _OF_METRIC.match(sentence, figure_end) if figure_end is not None and not paired else None
    if after:
        chosen = METRIC_PHRASE.match(sentence, after.end())
    else:
        asides = [m.span() for m in _ASIDE.finditer(sentence, 0, first_figure)]
        named = [m for m in METRIC_PHRASE.finditer(sentence, 0, first_figure) if not any(a <= m.start() < b for a, b in asides)]
        if len(named) > 1 and not paired and _COMPLEMENT.fullmatch(sentence, named[-2].end(), named[-1].start()):
            named.pop()  # "Interest expense on debt": the debt is what the interest is paid on, not the metric
        chosen = (named[0] if paired else named[-1]) if named else None
    if chosen is None:
        return ""
    words = " ".join(chosen.group(0).split()).lower().replace("eps", "EPS").replace("ebitda", "EBITDA")
    qualifier = _QUALIFIER.search(sentence, 0, chosen.start())
    named_from = qualifier.start(1) if qualifier else chosen.start()
    kinds = _KINDS_OF_COST.search(sentence, 0, named_from) if _COST_HEAD.search(words) else None
    if kinds and all(_is_cost_kind(kind) for kind in re.split(r",?\s+and\s+|,\s+", kinds.group(1).strip())):
        # "R&D, AIPR&D, and SG&A expenses", "Depreciation and amortization expense": the kinds share one figure
        return " ".join(sentence[kinds.start(1) : chosen.end()].split())
    if qualifier:  # kept as printed: "U.S. commercial revenue", "Data Center compute revenue"
        return f"{' '.join(qualifier.group(1).split())} {words}"
    return _basis(sentence, chosen.start(), paired) + words


# A metric named as what another is of or on ("interest expense on debt", "margin of sales").
_COMPLEMENT = re.compile(r"\s+(?:on|of)\s+(?:the\s+|its\s+|our\s+)?", re.IGNORECASE)
# Kinds of cost listed before the cost they share ("R&D, AIPR&D, and SG&A expenses").
_COST_HEAD = re.compile(r"\b(?:expenses?|costs?)$", re.IGNORECASE)
_KINDS_OF_COST = re.compile(r"(?<![\w&.-])((?:[\w&.-]+,\s+)*[\w&.-]+,?\s+and\s+)$")


def _is_cost_kind(word: str) -> bool:
    """A word of a list of costs: not a measure of its own ("revenue and operating expenses" are two
    metrics, each with its figure), unless it is a cost itself (depreciation, amortization)."""
    own_measure = METRIC_PHRASE.fullmatch(word) is not None
    return not word.upper().endswith("GAAP") and (not own_measure or re.fullmatch(r"depreciation|amortization", word, re.I) is not None)


def fits_metric(metric: str, number: ClaimNumber) -> bool:
    """Whether a figure can be the metric's: a per-share metric takes a per-share amount, a
    margin or a rate a percentage, production a count, any other metric a currency amount
    (or a percentage of growth); an unnamed metric takes anything but a bare count."""
    unit = number.unit
    if re.search(r"\b(?:growth|margins?|rates?)$", metric):  # "adjusted EPS growth" is a rate
        return unit in RATE_UNITS
    if _PER_SHARE_METRIC.search(metric):
        return unit is Unit.PER_SHARE
    if _RATE_METRIC.search(metric):
        return unit in RATE_UNITS
    if _VOLUME_METRIC.search(metric):
        return unit in (Unit.COUNT, Unit.PERCENT)
    if metric:
        return unit in (Unit.CURRENCY, Unit.PERCENT) or (unit is Unit.PER_SHARE and bool(_EARNINGS_METRIC.search(metric)))
    return unit is not Unit.COUNT


_RAISED = re.compile(r"\b(?:rais(?:es|ed|ing)|increas(?:es|ed|ing)|lift(?:s|ed)|boost(?:s|ed)|upgrad(?:es|ed))\b", re.I)
_LOWERED = re.compile(r"\b(?:lower(?:s|ed|ing)|reduc(?:es|ed|ing)|cut(?:s|ting)?|trim(?:s|med)|downgrad(?:es|ed))\b", re.I)
_REAFFIRMED = re.compile(r"\b(?:reaffirm\w*|reiterat\w*|maintain(?:s|ed|ing)|confirm(?:s|ed|ing)|unchanged)\b", re.I)
_GUIDANCE_NOUN = re.compile(r"\b(?:guidance|outlook|forecast|expectations?|targets?|range)\b", re.I)


def _midpoint(numbers: list[ClaimNumber]) -> Decimal | None:
    values = [n.value for n in numbers if n.kind is None]
    return sum(values[:2], Decimal(0)) / len(values[:2]) if values else None


def direction(sentence: str) -> str | None:
    """"raised", "lowered" or "reaffirmed" when the sentence says so: in words, next to the
    word guidance or outlook ("raised its full-year guidance", "reaffirms its outlook"), or
    by the figures, the new guidance against the previous one it quotes ("$92.0 billion
    (previously $92.0 to 94.0 billion)" is lowered). None when it says neither."""
    if _GUIDANCE_NOUN.search(sentence):
        for pattern, word in ((_REAFFIRMED, "reaffirmed"), (_RAISED, "raised"), (_LOWERED, "lowered")):
            match = pattern.search(sentence)
            if match and re.search(_GUIDANCE_NOUN, sentence[max(0, match.start() - 80) : match.end() + 80]):
                return word
    zones = prior_zones(sentence)
    if not zones:
        return None
    numbers = read_numbers(sentence)
    old = [n for n in numbers if any(a <= n.span.start < b for a, b in zones)]
    new = [n for n in numbers if n.span.start < zones[0][0] and n.kind is None]
    before, after = _midpoint(old), _midpoint(new)
    if before is None or after is None or {n.unit for n in old} != {n.unit for n in new}:
        return None
    return "raised" if after > before else "lowered" if after < before else "reaffirmed"
