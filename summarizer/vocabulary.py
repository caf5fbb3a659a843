"""The words around a number that say what it measures, for which period, and which way.

Shared by the claim side (an analyst's sentence) and the source side (a table row
label, a column header, a sentence of the release), so both are read alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "metrics_in",
    "metrics_compatible",
    "metric_for_unit",
    "primary_length",
    "Period",
    "period_in",
    "PRIOR_PHRASE",
    "COMPARISON_LINK",
    "change_direction",
    "loss_context",
]

# Canonical metric -> the phrases that name it. Longer phrases are tried first, so
# "gross margin" is not read as "margin", nor "operating expenses" as "expenses".
_METRIC_PHRASES: dict[str, tuple[str, ...]] = {
    "eps": ("earnings per share", "earnings per diluted share", "earnings per basic share", "net income per share",
            "net loss per share", "loss per share", "income per share", "per diluted share", "per basic share",
            "per basic and diluted share", "per share", "eps", "per common share"),
    "other": ("other revenues", "other revenue", "other expenses", "other expense", "other"),
    "book_value": ("book value per share", "book value"),
    "tangible_book_value": ("tangible book value per share", "tangible book value"),
    "fee_income": ("wealth management fee income", "fee income", "noninterest income", "non-interest income",
                   "total other income"),
    "capital_return": ("shareholder distributions", "distributions", "returned to shareholders", "to shareholders",
                       "shareholder returns"),
    "capex": ("capital expenditures", "capital expenditure", "capex"),
    "online_sales": ("online sales", "e-commerce sales", "digital sales"),
    "net_interest_margin": ("net interest margin", "nim"),
    "capital_ratio": ("tier 1 leverage", "tier i leverage", "leverage ratio", "common equity tier 1", "tier 1 capital"),
    "revenue": ("total revenues", "total revenue", "net revenues", "net revenue", "revenues", "revenue", "net sales",
                "total net sales", "sales", "top line", "top-line", "turnover"),
    "gross_margin": ("gross margin", "gross margins", "gross profit", "gross profit margin"),
    "operating_income": ("operating income", "operating loss", "income from operations", "loss from operations",
                         "operating profit", "operating earnings", "operating margin"),
    "operating_expenses": ("operating expenses", "total operating expenses", "opex", "costs and expenses",
                           "total costs and expenses"),
    "research_and_development": ("research and development", "r&d"),
    "general_and_administrative": ("general and administrative", "selling, general and administrative",
                                   "sales, general and administrative", "sg&a", "g&a", "selling and administrative"),
    "net_income": ("net income", "net loss", "net earnings", "net profit", "earnings", "profit", "net income (loss)",
                   "bottom line"),
    "cash": ("cash and cash equivalents", "cash, cash equivalents and marketable securities",
             "cash and marketable securities", "cash and short-term investments", "cash"),
    "free_cash_flow": ("free cash flow",),
    "operating_cash_flow": ("cash provided by operating activities", "cash from operations", "operating cash flow",
                            "cash flow from operations"),
    "dividend": ("dividend", "dividends"),
    "buyback": ("repurchase", "repurchases", "repurchased", "buyback", "buybacks"),
    "shares": ("weighted average shares", "shares outstanding", "common shares", "shares"),
    "tax": ("income tax", "tax expense", "tax rate", "taxes"),
    "interest": ("net interest income", "interest income", "interest expense", "nii"),
    "proceeds": ("disposition proceeds", "proceeds"),
    "other_income": ("other income",),
    "cost_of_revenue": ("cost of revenue", "cost of revenues", "cost of sales", "cost of goods sold"),
    "stock_compensation": ("stock compensation", "stock-based compensation", "share-based compensation"),
    "deposits": ("deposits",),
    "loans": ("loans", "loan"),
    "assets": ("total assets", "assets"),
    "equity": ("stockholders' equity", "shareholders' equity", "equity"),
    "debt": ("debt", "borrowings"),
    "production": ("production", "barrels"),
    "comparable_sales": ("comparable sales", "comparable store sales", "comparable store net sales", "same-store sales",
                         "comps"),
    "systemwide_sales": ("systemwide sales", "system-wide sales"),
    "license_fees": ("license and milestone fees", "license fees", "milestone fees", "license payment",
                     "upfront payment", "milestone payment", "upfront license payment"),
    "clinical_materials": ("clinical material reimbursement", "clinical materials reimbursement",
                           "clinical materials reimbursed", "clinical material"),
    "data_center": ("data center",),
    "gaming": ("gaming",),
    "inventory": ("inventories", "inventory"),
    "receivables": ("accounts receivable", "receivables"),
    "liabilities": ("liabilities",),
    "aum": ("aum", "assets under management", "aum/aua"),
}  # fmt: skip
_PHRASE_TO_METRIC = {phrase: metric for metric, phrases in _METRIC_PHRASES.items() for phrase in phrases}
_METRIC_PATTERN = re.compile(
    r"(?<![\w&])(" + "|".join(re.escape(p) for p in sorted(_PHRASE_TO_METRIC, key=len, reverse=True)) + r")(?![\w&])",
    re.IGNORECASE,
)
# Metrics of which one is a part of the other, so that a claim naming one may cite the other.
_RELATED = {
    frozenset({"revenue", "data_center"}),
    frozenset({"revenue", "gaming"}),
    frozenset({"revenue", "license_fees"}),
    frozenset({"revenue", "clinical_materials"}),
}


_DISPOSAL = re.compile(r"\s+of\b", re.IGNORECASE)
_COST_OF = re.compile(r"\bcosts? of\s+$", re.IGNORECASE)


def metrics_in(text: str) -> list[tuple[int, str]]:
    """Every metric named in ``text``: (offset, canonical metric), in order.

    "Sales of" something is a disposal ("proceeds from sales of securities"), not revenue;
    "cost of" a revenue line is a cost ("Cost of clinical materials reimbursed").
    """
    found = []
    for match in _METRIC_PATTERN.finditer(text):
        phrase = match.group(1).lower()
        if phrase == "sales" and _DISPOSAL.match(text, match.end()):
            continue
        metric = _PHRASE_TO_METRIC[phrase]
        if _COST_OF.search(text, 0, match.start()):
            metric = "cost_of_revenue"
        found.append((match.start(), metric))
    return found


def primary_length(text: str) -> str:
    """The period a release mainly reports on, from its opening: the quarter when it names
    one (a fourth-quarter release names the fiscal year too), else what it names first."""
    opening = text[:1500]
    lengths = dict(_LENGTHS)
    if lengths["quarter"].search(opening):
        return "quarter"
    return period_in(opening).length


def metrics_compatible(claimed: str, found: set[str], *, unknown_fits: bool = True) -> bool:
    """True when a claim about ``claimed`` can be backed by a source naming ``found``.

    A source that names no metric fits only when ``unknown_fits``: running text often
    names its subject far from the number, a table row never does.
    """
    if not found:
        return unknown_fits
    return claimed in found or any(frozenset({claimed, other}) in _RELATED for other in found)


def metric_for_unit(metric: str | None, per_share: bool) -> str | None:
    """"Earnings" of a per-share amount are earnings per share."""
    return "eps" if per_share and metric == "net_income" else metric


@dataclass(frozen=True)
class Period:
    """What words say of a period: its length and whether it is the comparison period.

    ``length`` is ``quarter``, ``half``, ``nine_months``, ``year`` or ``""`` (not said);
    ``prior`` is True for "a year ago", "prior year", "same period last year", False
    for "this quarter", "current", and None when nothing is said.
    """

    length: str = ""
    prior: bool | None = None


_LENGTHS = (
    ("nine_months", re.compile(r"\bnine[- ]months?\b|\b9[- ]months?\b|\bthirty[- ]nine weeks\b|\byear[- ]to[- ]date\b|\bYTD\b|\b9M\b", re.I)),
    ("half", re.compile(r"\bsix[- ]months?\b|\b6[- ]months?\b|\bfirst half\b|\bsecond half\b|\bhalf[- ]year\b|\btwenty[- ]six weeks\b|\b26 weeks\b|\b[12]H\b|\bH[12]\b", re.I)),
    ("year", re.compile(r"\bfull[- ]year\b|\btwelve[- ]months?\b|\b12[- ]months?\b|\bfiscal (?:year )?(?:19|20)\d{2}\b|\bfiscal year\b(?! quarter)|\bannual\b|\bFY ?'?\d{2,4}\b(?! ?Q)|\bfor the year\b|\bfifty[- ]two weeks\b", re.I)),
    ("quarter", re.compile(r"\bquarter(?:ly)?\b|\bthree[- ]months?\b|\b3[- ]months?\b|\bthirteen weeks\b|\b13 weeks\b|\bQ[1-4]\b|\b[1-4]Q\b", re.I)),
)  # fmt: skip
PRIOR_PHRASE = re.compile(
    r"\b(?:a )?year[- ](?:ago|earlier|before)\b|\bprior[- ](?:year|period|quarter|fiscal)\b|\blast year\b"
    r"|\bsame (?:period|quarter) (?:of |in )?(?:last|the prior|a|the previous) year\b|\bprevious (?:year|quarter|period)\b"
    r"|\bpreceding (?:year|quarter|period)\b|\blinked quarter\b",
    re.IGNORECASE,
)
# Words that introduce the comparison figure: "compared with net income of $309 million".
COMPARISON_LINK = re.compile(r"\b(?:compared? (?:to|with)|versus|vs\.?|from|against|relative to)\b", re.IGNORECASE)
_CURRENT = re.compile(r"\bthis (?:quarter|year|period)\b|\bcurrent (?:fiscal )?(?:quarter|year|period)\b", re.I)


def period_in(text: str) -> Period:
    """The period ``text`` speaks of (a clause, a column header)."""
    length = next((name for name, pattern in _LENGTHS if pattern.search(text)), "")
    if PRIOR_PHRASE.search(text):
        return Period(length, True)
    return Period(length, False if _CURRENT.search(text) else None)


_DOWN = re.compile(
    r"(?:fell|fall(?:ing|s)?|declin(?:ed|e|es|ing)|decreas(?:ed|e|es|ing)|down|lower|dropped|drop|shrank|"
    r"contracted|reduc(?:ed|tion)|slipped|slid|plunged|tumbled|narrowed|compressed)",
    re.IGNORECASE,
)
_UP = re.compile(
    r"(?:rose|ris(?:e|ing|es)|increas(?:ed|e|es|ing)|up|higher|grew|grow(?:th|ing|s)?|gain(?:ed)?|jump(?:ed)?|"
    r"climb(?:ed)?|surg(?:ed|e)|expanded|improv(?:ed|ement)|advanced|widened)",
    re.IGNORECASE,
)


_DIRECTION_BEFORE = re.compile(
    r"(?P<word>\w+)(?:\s+(?:by|of|approximately|about|nearly|roughly|some|almost|over|more than|a))*\s*$", re.IGNORECASE
)
_DIRECTION_AFTER = re.compile(r"\s*(?:\w+\s+)?(?P<word>\w+)", re.IGNORECASE)


def _direction_of(word: str) -> int:
    return -1 if _DOWN.fullmatch(word) else 1 if _UP.fullmatch(word) else 0


def change_direction(before: str, after: str) -> int:
    """-1 or +1 when a number is a change ("fell 27%", "down 3.2 percent", "a 23 percent
    unit increase", "declined by $31 million"), 0 when it is a level ("fell to 27.4
    percent", "was 38.5 percent, down from ...")."""
    match = _DIRECTION_BEFORE.search(before[-60:])
    if match and _direction_of(match.group("word")):
        return _direction_of(match.group("word"))
    match = _DIRECTION_AFTER.match(after[:40])
    return _direction_of(match.group("word")) if match else 0


_LOSS_BEFORE = re.compile(r"\bloss(?:es)?\b(?:[^.;$\d]{0,40})$|\bdeficit\b[^.;$\d]{0,20}$", re.IGNORECASE)
_PROFIT_WORDS = re.compile(r"\b(?:income|profit|earnings|gain)\b", re.IGNORECASE)


def loss_context(before: str) -> bool:
    """True when the words before an amount make it a loss: "a net loss of $3.5 million"."""
    match = _LOSS_BEFORE.search(before)
    return bool(match) and not _PROFIT_WORDS.search(before[match.end() :])
