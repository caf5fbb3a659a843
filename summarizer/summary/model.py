"""The summary: frozen value types that mirror ``schemas/summary.schema.json``, and its check.

The types are plain frozen dataclasses, so that building a summary needs no pydantic:
``summarizer summarize`` with the extractive engine never imports it (pydantic and the
plugin look-up it makes cost more than half of the command's start-up). Where data comes
from outside — a model's answer, a summary file, ``--format json`` — pydantic validates and
serialises the same classes, with the same constraints, through ``model_validate``,
``model_dump_json`` and ``model_json_schema`` (the names pydantic models have). Built
directly, by an engine of this package, they are not validated (pydantic models were): the
verifier still checks every citation against the text and every number against the release.

``verify_summary`` turns every structured field into the plain sentence an analyst would
write ("Total revenues for the three months ended December 31, 2005 was $6.587 million,
compared with $9.047 million for the three months ended December 31, 2004, down 27.2%")
and verifies it like any other claim, against the item's own citations.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Self

from ..errors import InputError
from ..facts import FactIndex
from ..ingest.decoding import MAX_INPUT_BYTES
from ..ingest.load import read_source
from ..resources import load_schema
from ..text.vocabulary import SIGN_ASIDE, metrics_in
from ..types import Document, Span
from ..verify.verifier import ClaimCheck, VerificationReport, verify_claim
from .notes import Note

if TYPE_CHECKING:
    import jsonschema
    from pydantic import TypeAdapter

__all__ = [
    "Citation",
    "Amount",
    "Metric",
    "Guidance",
    "Update",
    "Company",
    "ReportingPeriod",
    "Headline",
    "Summary",
    "metric_label",
    "rounded",
    "CallUsage",
    "Usage",
    "DocumentRef",
    "Envelope",
    "Omission",
    "human",
    "period_words",
    "load_summary",
    "summary_validator",
    "verify_summary",
]


class _Bounds:
    """``Annotated`` metadata: a number from ``low`` (to ``high``), read by pydantic when it
    validates (its ``Field(ge=..., le=...)``), without importing pydantic here."""

    def __init__(self, low: int, high: int | None = None) -> None:
        self.low, self.high = low, high

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = dict(handler(source))
        schema["ge"] = self.low
        if self.high is not None:
            schema["le"] = self.high
        return schema


class _Pattern:
    """``Annotated`` metadata: a string matching ``regex`` (pydantic's ``StringConstraints(pattern=...)``)."""

    def __init__(self, regex: str) -> None:
        self.regex = regex

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        return {**handler(source), "pattern": self.regex}


AmountUnit = Literal["currency", "per_share", "percent", "percentage_points", "basis_points", "shares", "count"]
Scale = Literal["units", "thousands", "millions", "billions"]
Basis = Literal["gaap", "non_gaap"]
MetricName = Literal[
    "revenue", "gross_profit", "gross_margin", "operating_income", "operating_margin", "net_income",
    "eps_basic", "eps_diluted", "cash", "operating_cash_flow", "free_cash_flow", "other",
]  # fmt: skip
DecimalText = Annotated[str, _Pattern(r"^-?\d+(\.\d+)?$")]
Count = Annotated[int, _Bounds(0)]
NonNegative = Annotated[float, _Bounds(0)]


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _adapter(cls: type) -> TypeAdapter[Any]:
    """pydantic's validator and serialiser of ``cls``, built once, when first needed."""
    if cls not in _ADAPTERS:
        from pydantic import TypeAdapter

        _ADAPTERS[cls] = TypeAdapter(cls)
    return _ADAPTERS[cls]


class _Value:
    """What the summary's types share: unknown fields refused, and pydantic's model methods,
    each building its validator on first use."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """``data`` (dicts and lists, as JSON gives them) validated into this type; raises
        pydantic's ``ValidationError``."""
        return _adapter(cls).validate_python(data)

    @classmethod
    def model_json_schema(cls, ref_template: str = "#/$defs/{model}") -> dict[str, Any]:
        return _adapter(cls).json_schema(ref_template=ref_template)

    def model_dump(self) -> dict[str, Any]:
        return _adapter(type(self)).dump_python(self)

    def model_dump_json(self, *, indent: int | None = None) -> str:
        return _adapter(type(self)).dump_json(self, indent=indent).decode("utf-8")

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A copy with the fields of ``update`` replaced (not validated, as with pydantic)."""
        return dataclasses.replace(self, **(update or {}))  # type: ignore[type-var]


@dataclass(frozen=True, kw_only=True)
class Citation(_Value):
    start: Count
    end: Count
    quote: str


_SCALE_EXPONENTS = {"units": 0, "thousands": 3, "millions": 6, "billions": 9}


@dataclass(frozen=True, kw_only=True)
class Amount(_Value):
    value: DecimalText
    unit: AmountUnit
    scale: Scale

    @property
    def base_value(self) -> Decimal:
        """The figure in base units: 6587 thousands is 6,587,000."""
        return Decimal(self.value).scaleb(_SCALE_EXPONENTS[self.scale])

    @property
    def interval(self) -> tuple[Decimal, Decimal]:
        """The base-unit values this figure can stand for, given the digits it prints."""
        places = len(self.value.split(".")[1]) if "." in self.value else 0
        half = Decimal(5).scaleb(_SCALE_EXPONENTS[self.scale] - places - 1)
        return self.base_value - half, self.base_value + half


@dataclass(frozen=True, kw_only=True)
class Metric(_Value):
    metric: MetricName
    label: str
    basis: Basis
    period: str
    value: Amount
    comparison_period: str | None
    comparison_value: Amount | None
    change: Amount | None
    citations: list[Citation]


@dataclass(frozen=True, kw_only=True)
class Guidance(_Value):
    metric: str
    period: str
    low: Amount | None
    high: Amount | None
    text: str
    citations: list[Citation]


@dataclass(frozen=True, kw_only=True)
class Update(_Value):
    topic: str
    text: str
    citations: list[Citation]


@dataclass(frozen=True, kw_only=True)
class Company(_Value):
    name: str
    ticker: str | None
    citations: list[Citation]


@dataclass(frozen=True, kw_only=True)
class ReportingPeriod(_Value):
    label: str
    fiscal_year: int | None
    fiscal_quarter: Annotated[int, _Bounds(1, 4)] | None
    period_end: Annotated[str, _Pattern(r"^\d{4}-\d{2}-\d{2}$")] | None
    citations: list[Citation]


@dataclass(frozen=True, kw_only=True)
class Headline(_Value):
    text: str
    citations: list[Citation]


@dataclass(frozen=True, kw_only=True)
class Summary(_Value):
    company: Company
    period: ReportingPeriod
    headline: Headline
    metrics: list[Metric]
    guidance: list[Guidance]
    business_update: list[Update]


OutputMode = Literal["json_schema", "json_object_schema", "json_object", "text"]


@dataclass(frozen=True, kw_only=True)
class CallUsage(_Value):
    """One model call: why it was made (a part's first answer, a re-ask, a repair), how, and its cost."""

    purpose: Literal["chunk", "reask", "repair"]
    part: str
    output_mode: OutputMode
    prompt_tokens: Count
    completion_tokens: Count
    seconds: NonNegative
    estimated_cost_usd: NonNegative | None


@dataclass(frozen=True, kw_only=True)
class Usage(_Value):
    document_tokens: Count = 0
    prompt_tokens: Count
    completion_tokens: Count
    calls: Count
    estimated_cost_usd: NonNegative | None
    per_call: list[CallUsage] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class ExhibitRef(_Value):
    """Where an exhibit of the submission lies in the text the citations point into."""

    type: str
    sequence: str = ""
    description: str = ""
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class DocumentRef(_Value):
    source: str
    sha256: str
    company: str = ""
    form_type: str = ""
    filing_date: str = ""
    document_type: str = ""
    exhibits: list[ExhibitRef] = field(default_factory=list)

    def exhibit_at(self, offset: int) -> ExhibitRef | None:
        """The exhibit whose text holds character ``offset`` (a citation's start)."""
        return next((e for e in self.exhibits if e.start <= offset < e.end), None)


@dataclass(frozen=True, kw_only=True)
class Omission(_Value):
    """A key figure left out of the summary rather than guessed, and why."""

    metric: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class Envelope(_Value):
    document: DocumentRef
    engine: Literal["extractive", "llm"]
    model: str | None
    prompt_version: str | None
    usage: Usage
    summary: Summary
    verification: dict[str, Any]
    output_mode: OutputMode | None = None
    fallback_reason: str | None = None
    omitted: list[Omission] = field(default_factory=list)
    currency: str = ""  # the reporting currency's code ("CNY", "EUR", "HKD"), "$" or "" for dollars


def summary_validator(definition: str | None = None) -> jsonschema.Draft202012Validator:
    """A validator for the envelope, or for one of its ``$defs`` (``"summary"``).

    jsonschema is imported here, not with the module: it takes a tenth of a second to import
    and only loading a summary or checking a model's answer needs it."""
    import jsonschema
    from referencing import Registry, Resource

    envelope = load_schema("summary.schema.json")
    verification = load_schema("verification.schema.json")
    registry = Registry().with_resources(
        [(schema["$id"], Resource.from_contents(schema)) for schema in (envelope, verification)]
    )
    schema = {"$ref": f"{envelope['$id']}#/$defs/{definition}"} if definition else envelope
    return jsonschema.Draft202012Validator(schema, registry=registry)


def load_summary(source: str | Path | bytes, *, max_bytes: int = MAX_INPUT_BYTES) -> Summary:
    """A summary from a JSON file (``-`` for standard input, or bytes): the envelope
    summarizer writes, or the bare summary.

    Raises ``InputError`` in one line for a file that cannot be read, is over ``max_bytes``,
    is not UTF-8 JSON (too deeply nested, a number of thousands of digits) or not a summary.
    """
    data, name = read_source(source, max_bytes=max_bytes)
    if len(data) > max_bytes:
        raise InputError(f"{name} is over the {max_bytes:,} bytes limit for a summary")
    try:
        payload = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise InputError(f"{name} is not UTF-8: byte {error.start} cannot be decoded") from None
    except json.JSONDecodeError as error:
        raise InputError(f"{name} is not JSON: {error}") from None
    except RecursionError:
        raise InputError(f"{name} is not a summary: its JSON is nested too deeply") from None
    except ValueError as error:  # an integer of more digits than Python converts
        raise InputError(f"{name} is not JSON that can be read: {str(error).splitlines()[0]}") from None
    if isinstance(payload, dict) and "summary" in payload:
        payload = payload["summary"]
    try:
        invalid = next(iter(sorted(summary_validator("summary").iter_errors(payload), key=lambda e: list(e.path))), None)
    except RecursionError:
        raise InputError(f"{name} is not a summary: its JSON is nested too deeply") from None
    if invalid is not None:
        where = "/".join(str(part) for part in invalid.absolute_path) or "(top)"
        message = " ".join(invalid.message.split())
        raise InputError(f"{name} is not a summary: at {where}: {message[:300]}")
    from pydantic import ValidationError

    try:
        return Summary.model_validate(payload)
    except ValidationError as error:
        raise InputError(f"{name} is not a summary: {error.errors()[0]['msg']}") from None


_SCALE_WORDS = {"units": "", "thousands": " thousand", "millions": " million", "billions": " billion"}
_METRIC_WORDS = {
    "revenue": "revenue", "gross_profit": "gross profit", "gross_margin": "gross margin",
    "operating_income": "operating income", "operating_margin": "operating margin", "net_income": "net income",
    "eps_basic": "basic EPS", "eps_diluted": "diluted EPS", "cash": "cash",
    "operating_cash_flow": "operating cash flow", "free_cash_flow": "free cash flow", "other": "",
}  # fmt: skip


_AMOUNT_FORMATS = {
    "currency": "{sign}${number}{scale}",
    "per_share": "{sign}${number}{scale} per share",
    "percent": "{sign}{number}%",
    "percentage_points": "{sign}{number} percentage points",
    "basis_points": "{sign}{number} basis points",
    "shares": "{sign}{number}{scale} shares",
    "count": "{sign}{number}{scale}",
}


def amount_text(amount: Amount, *, signed: bool = True) -> str:
    """An amount as an analyst writes it: "$6.6 million", "$0.09 per share", "27%"."""
    value = Decimal(amount.value)
    return _AMOUNT_FORMATS[amount.unit].format(
        sign="-" if value < 0 and signed else "", number=f"{abs(value):f}", scale=_SCALE_WORDS[amount.scale]
    )


# How a reader expects a currency written before an amount; any other code is written as it is ("CHF 5.2 million").
_CURRENCY_SIGNS = {"": "$", "$": "$", "USD": "$", "HKD": "HK$", "TWD": "NT$", "CNY": "RMB ", "EUR": "€", "GBP": "£",
                   "JPY": "¥", "¥": "¥", "CAD": "C$", "AUD": "A$"}  # fmt: skip


def currency_sign(currency: str) -> str:
    """The sign written before an amount of ``currency`` (an ISO code, "$" or ""): "RMB ", "€", "HK$"."""
    return _CURRENCY_SIGNS.get(currency, f"{currency} ")


def rounded(value: Decimal, places: int) -> str:
    """``value`` with ``places`` decimals, a half rounded away from zero as releases round it (23,650
    millions is "$23.7 billion"; Python's own format rounds a half to even, "$23.6 billion")."""
    return f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):f}"


def human(amount: Amount, currency: str = "", beside: Amount | None = None) -> str:
    """An amount as a person reads it: $6.6 million, $1.26 billion, $68.1 billion, $(0.09), 27.2%, in the
    release's ``currency`` (RMB 2.3 billion, €6.9 million, NT$2.07); never more precise than
    printed ("$53 million" for 53 millions, not "$53.0 million"). ``beside``, the amount it is
    compared with, is written as precisely where both are under ten of the same word ("$1.64
    billion" and "$2.30 billion", not "$2.3 billion")."""
    value = amount.base_value
    sign = currency_sign(currency)
    if amount.unit == "per_share":
        return f"{sign}({rounded(abs(value), 2)})" if value < 0 else f"{sign}{rounded(value, 2)}"
    if amount.unit in ("percent", "percentage_points", "basis_points"):
        suffix = {"percent": "%", "percentage_points": " percentage points", "basis_points": " basis points"}[amount.unit]
        return f"{Decimal(amount.value)}{suffix}"
    size = abs(value)
    places = len(amount.value.split(".")[1]) if "." in amount.value else 0
    printed = _SCALE_EXPONENTS[amount.scale] - places  # the power of ten of the last digit printed
    for exponent, word in ((9, "billion"), (6, "million"), (3, "thousand")):
        if exponent == 3 and printed <= 0 and size >= 1000:  # "$349,000" as printed, not "$349.0 thousand"
            shown = f"{size:,.{-printed}f}"
            break
        if size >= Decimal(10) ** exponent:
            # one decimal, two under 2 ("$1.26 billion": "$1.3 billion, up 3% from $1.2 billion" reads as a rise
            # of 8%); never more than printed: "$53 million" stays so, no "$53.0 million"
            unit, pair = Decimal(10) ** exponent, [size]
            other = abs(beside.base_value) if beside is not None and beside.unit == amount.unit else None
            if other is not None and unit <= other < 10 * unit and size < 10 * unit:
                pair.append(other)  # both under ten of the word: "$1.64 billion" and "$2.30 billion"
            wanted = 2 if min(pair) < 2 * unit else 1
            decimals = min(wanted, max(0, exponent - printed))
            shown = f"{rounded(size.scaleb(-exponent), decimals)} {word}"
            break
    else:
        shown = f"{size:,.0f}"
    prefix = sign if amount.unit == "currency" else ""
    return f"{'-' if value < 0 else ''}{prefix}{shown}"


# The other sign a label names beside its own ("Net income (loss)", "Net (loss) income", "Income/(loss)"):
# read as words, it would make a profit printed without a sign a loss. The asides are those the
# vocabulary reads inside a metric's name, so the verifier reads the label that is left as it did.
_EITHER_SIGN = re.compile(SIGN_ASIDE + r"(?=\s|$)", re.I)


def metric_label(metric: Metric) -> str:
    """A metric's label as a note shows it: its basis said once ("Adjusted EPS (non-GAAP)", but
    "Non-GAAP diluted EPS" as it is)."""
    if metric.basis == "non_gaap" and "non-gaap" not in metric.label.lower():
        return f"{metric.label} (non-GAAP)"
    return metric.label


_NINE_MONTHS = re.compile(r"\b9M\b(?: of)?")


def period_words(period: str) -> str:
    """A period as a reader (and the verifier) takes it: "9M 2024" is "the nine months of 2024"
    ("9M" would read as nine million)."""
    return _NINE_MONTHS.sub("the nine months of", period)


def _for(period: str) -> str:
    """ "for the" a period: "for the second quarter", "for the nine months of 2025" and "For the
    Three Months Ended ..." as they are (not "for the the", "for the For the"), the nine months
    as words (``period_words``); a balance's "As of ..." as it is."""
    period = period_words(period)
    if period.lower().startswith(("for ", "as of ", "as at ")):  # "As of Dec 31, 2024": a balance's date, not "for the As of"
        return period
    return f"for {period}" if period.lower().startswith("the ") else f"for the {period}"


def metric_sentence(metric: Metric) -> str:
    """The sentence a metric item states, worded so the verifier reads its metric, basis,
    periods and change."""
    label = _EITHER_SIGN.sub("", metric.label)  # "Net income (loss)": the amounts carry their own signs
    canonical = _METRIC_WORDS[metric.metric]
    if canonical and not metrics_in(label):
        label = f"{label} {canonical}"
    if metric.basis == "non_gaap" and "non-gaap" not in label.lower():
        label = f"Non-GAAP {label}"
    sentence = f"{label} {_for(metric.period)} was {amount_text(metric.value)}"
    if metric.comparison_value is not None:
        sentence += f", compared with {amount_text(metric.comparison_value)} {_for(metric.comparison_period or 'prior period')}"
    if metric.change is not None:
        direction = "down" if Decimal(metric.change.value) < 0 else "up"
        sentence += f", {direction} {amount_text(metric.change, signed=False)}"
    return sentence + "."


# A percentage that is a level, not a rate of change: a margin, a tax rate, a ratio
_PERCENT_LEVEL = re.compile(r"\b(?:margins?|rates?|ratios?|yields?|mix|share|percent(?:age)?|utili[sz]ation|occupancy|payout)\b", re.I)


def guidance_sentence(guidance: Guidance) -> str | None:
    """The sentence a guidance item states, worded so the verifier reads its metric, period and
    range: a percentage of a flow (sales, EPS) is its growth ("expects net sales to grow 13% to
    14% in fiscal year 2027"; to decline, for a fall), a margin's is its level."""
    if guidance.low is None and guidance.high is None:
        return None
    bounds = [b for b in (guidance.low, guidance.high) if b is not None]
    share_of = re.search(r"\bpercentage of\b|%\s+of\b|\bpercent of\b", guidance.text, re.I)  # "about 10% of net sales"
    if all(b.unit == "percent" for b in bounds) and not (_PERCENT_LEVEL.search(guidance.metric) or share_of or guidance.metric == "outlook"):
        falls = all(Decimal(b.value) < 0 for b in bounds)
        if falls or all(Decimal(b.value) >= 0 for b in bounds):
            ordered = list(reversed(bounds)) if falls else bounds
            words = list(dict.fromkeys(amount_text(b, signed=False) for b in ordered))
            subject = re.sub(r"\s+growth$", "", guidance.metric, flags=re.I)
            verb = "decline" if falls else "grow"
            return f"The company expects {subject} to {verb} {' to '.join(words)} in {guidance.period}."
    texts = list(dict.fromkeys(amount_text(b) for b in bounds))
    return f"The company expects {guidance.metric} for {guidance.period} of {' to '.join(texts)}."


def _valid_spans(document: Document, where: str, citations: Sequence[Citation], errors: list[Note]) -> list[Span]:
    spans = []
    for citation in citations:
        if citation.end < citation.start or citation.end > len(document.text):
            errors.append(Note.span_outside_document(where, citation.start, citation.end))
        elif document.text[citation.start : citation.end] != citation.quote:
            errors.append(Note.quote_mismatch(where, citation.start, citation.end, citation.quote))
        else:
            spans.append(Span(citation.start, citation.end))
    return spans


def _claims(summary: Summary, segments: frozenset[str] = frozenset()) -> list[tuple[str, str, Sequence[Citation]]]:
    """(where, sentence, citations) for every statement of the summary that may hold numbers; a business update whose
    topic is one of the release's ``segments`` (lower-cased) is read under it, as the notes print it."""
    from ..text.sentences import sentence_spans

    claims: list[tuple[str, str, Sequence[Citation]]] = []

    def free_text(where: str, text: str, citations: Sequence[Citation]) -> None:
        for span in sentence_spans(text):
            claims.append((where, span.of(text), citations))

    free_text("headline", summary.headline.text, summary.headline.citations)
    for index, metric in enumerate(summary.metrics):
        claims.append((f"metrics[{index}]", metric_sentence(metric), metric.citations))
    for index, guidance in enumerate(summary.guidance):
        sentence = guidance_sentence(guidance)
        if sentence:
            claims.append((f"guidance[{index}]", sentence, guidance.citations))
        free_text(f"guidance[{index}]", guidance.text, guidance.citations)
    for index, update in enumerate(summary.business_update):
        # "**Sears Canada**: Revenues for the second quarter increased 4.6 percent to $1.1 billion" is the segment's
        said = f"{update.topic.strip()}: {update.text}" if update.topic.strip().lower() in segments else update.text
        free_text(f"business_update[{index}]", said, update.citations)
    return claims


def verify_summary(summary: Summary, document: Document, index: FactIndex | None = None) -> VerificationReport:
    """Every number of every item, checked against the figures inside that item's citations.

    A citation whose quote is not the text at its span is reported, and does not count.
    """
    index = index or FactIndex(document)
    errors: list[Note] = []
    checks: list[ClaimCheck] = []
    for section, citations in (("company", summary.company.citations), ("period", summary.period.citations)):
        _valid_spans(document, section, citations, errors)
    segments = frozenset(fact.segment.lower() for fact in index.facts if fact.segment)
    for where, sentence, cited in _claims(summary, segments):
        spans = _valid_spans(document, where, cited, errors)
        check = verify_claim(index, sentence, spans)
        checks.append(ClaimCheck(check.text, check.numbers, item=where))
    return VerificationReport(document.sha256, tuple(checks), tuple(dict.fromkeys(error.message for error in errors)))
