"""Session 50 (issue 13's claims of thousands of numbers): fast paths held to what they replace.

- ``verifier._rests_said``, ``verifier._total_said`` and ``claims._per_share``: likewise, their patterns searched only
  in a claim that holds one of their words (``verifier._claim_holds``: asked once per claim and word list).
- ``claims.read_numbers``: "nearly", "almost", "just ...", "close to" looked for once per claim (``_SHORT_OF_WORDS``),
  and a number-like match wholly covered by a reading is not split into its digits (``_unreadable``).
- ``verifier._claim_contexts``: no number of a claim that holds none of the words of forward-looking text
  (``_FORWARD_GATE``) is forward-looking, nor a rest (``REST_WORDS``) found for a number of no metric.
- ``analyst_math.changes_of``: made once per index and question (metric, family, length, kind), not per change.
- ``analyst_math.names_row``: a row label's words read once per label, and whether a claim says them once per claim.
- ``analyst_math.per_claim``: a question of a claim's whole text ("net debt" said, a previous outlook named) asked once
  per claim, not once per amount (each a search of the whole claim: quadratic on a line of thousands).
- ``verifier._directed``: no direction read in a claim that holds no direction word (``facts.directions``).
- ``analyst_math.claim_arithmetic``: each window pattern (``FROM_BEFORE``, ``IMPLIED_BEFORE``, ``TOTAL_BEFORE``,
  ``TOTAL_AFTER``, ``NET_DEBT``, ``DIFFERENCE_BEFORE``, ``MIDPOINT``) is searched only in a claim that holds one of
  the words each of its matches holds (``vocabulary.*_WORDS``, looked for once per claim with ``may_hold_each``).
- ``verifier._unknown_scale`` and ``verifier._outflow_sizes``: nothing is looked up in a release that holds no cell
  of money of unread scale (``_has_unknown_scale``) or no negative cell of an outflow (``_has_outflow_cells``).
- ``verifier._verify_read``: a claim's numbers read once and handed to ``_clauses`` and to each clause's reading;
  a claim whose one clause is the whole claim, no length carried, is not verified again as its clause; a clause's
  metrics read without lengths (``read_sentence(lengths=False)``, held to the full reading by
  ``tests/test_speed_shortcuts.py``).
"""

from __future__ import annotations

import time

import pytest
from corpus import DATA
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document
from summarizer.text import vocabulary
from summarizer.text.keywords import may_hold
from summarizer.verify import analyst_math, claims, verifier

# Each gated pattern and the words every one of its matches holds.
_GATES = [
    (vocabulary.FROM_BEFORE, vocabulary.FROM_WORDS),
    (vocabulary.IMPLIED_BEFORE, vocabulary.IMPLIED_WORDS),
    (vocabulary.TOTAL_BEFORE, vocabulary.TOTAL_BEFORE_WORDS),
    (vocabulary.TOTAL_AFTER, vocabulary.TOTAL_AFTER_WORDS),
    (vocabulary.NET_DEBT, vocabulary.NET_DEBT_WORDS),
    (vocabulary.DIFFERENCE_BEFORE, vocabulary.DIFFERENCE_WORDS),
    (vocabulary.MIDPOINT, vocabulary.MIDPOINT_WORDS),
    (analyst_math.REST_SAID, analyst_math.REST_WORDS),
    (verifier._TOTAL_COMPARED, verifier._TOTAL_WORDS),
    (vocabulary.TOTAL_BEFORE, verifier._TOTAL_WORDS),
    (vocabulary.TOTAL_AFTER, verifier._TOTAL_WORDS),
    (claims._EPS_AFTER, claims._EPS_AFTER_WORDS),
    (claims._OR_AFTER_TOTAL, claims._OR_WORDS),
    (claims._EPS_BEFORE, claims._EPS_BEFORE_WORDS),
    (vocabulary.SHORT_OF_BEFORE, claims._SHORT_OF_WORDS),
    (vocabulary.FORWARD_LOOKING, verifier._FORWARD_GATE),
    (vocabulary.FORWARD_AFTER, verifier._FORWARD_GATE),
]
# Pieces of claims: amounts, and the words of every gated pattern in their forms and cases, with near misses.
_PIECES = [
    "$1.2 million", "$45.6 million", "$6.6 million", "$5.2 million", "12.5%", "27%", "$0.05", "6,587", "about", "roughly",
    "revenue", "net income", "was", "from", "From", "FROM", "up", "to", "implying", "Implies", "implied", "which implies",
    "meaning", "suggesting", "leaving", "left", "works out to", "working out to", "total", "totaling", "Totalled",
    "combined", "together", "came after", "in all", "adds up to", "added up to", "to spare", "$1.2m vs", "combined $5 from", "ahead of", "short of",
    "in total", "net debt", "Net Debt", "gap of", "swing of", "swung by", "swinging by", "difference of", "midpoint",
    "mid-point", "Midpoints", "middle of", "mid", "net", "debt", "gaps", "swings", "fro", "tot", "a", "of", "the",
    "leaves", "Leave", "leaving", "left", "remaining", "remainder", "the rest of", "needs", "need", "impl", "vs.", "versus",
    "compared with", "EPS", "eps", "earnings per share", "Earnings", "per diluted share", "per share", "share", "shares",
    "million, or", "m, or", "bn , or", ", or", "or", "o", "\u212a", "\u017f", "\u017fhare", ", ", "; ", ": ", ". ", " ",
    "-", "(", ")", "3", "0.12", "used in", "uses of", "expenses", "net loss", "outflow", "charge-offs", "deductions",
    "deficit", "provision for", "provided by", "generated from", "benefit", "income", "gains", "profit", "earnings",
    "inflows", "recoveries", "compared to", "gain", "use", "sees", "we see", "expects", "anticipated", "outlook", "guides",
    "forecast", "projected", "project to", "reaffirmed", "reiterates", "targets", "could range", "to range", "estimates that",
    "plans to", "aims for", "intends to", "run rate by", "run-rate by", "annualized run rate by", "midpoint of Q3 guidance",
    "is expected", "target", "guide", "million guidance", "rate", "by", "nearly", "almost", "just under", "just shy of",
    "close to", "guİdance", "İ", "close\tto", "close  to", "came  after", "in\tall", "gap\tof", "plans\tto", "run\trate\tby",
]  # fmt: skip
_CLAIMS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map(lambda pieces: " ".join(pieces))


@settings(max_examples=400, deadline=None)
@given(_CLAIMS, st.data())
@example("revenue of $6.6 million, up 27% from $5.2 million", None)
def test_a_claim_without_a_patterns_words_holds_no_match_of_it_in_any_window(text, data):
    """``claim_arithmetic`` searches a pattern only where the claim holds one of its words: every match found in
    any window of the claim (as the loop searches them: ``pos``/``endpos``, a slice, ``match`` at a point) is in a
    claim that holds one."""
    for pattern, words in _GATES:
        if may_hold(text, words):
            continue
        windows = [(0, len(text))]
        if data is not None:
            windows += data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=6))
        for start, end in windows:
            assert pattern.search(text, start, end) is None
            assert pattern.match(text, start) is None
            assert pattern.search(text[start:end]) is None


@settings(max_examples=400, deadline=None)
@given(_CLAIMS, st.integers(0, 400), st.integers(0, 40), st.booleans())
@example("a $20.8 million gain", 2, 14, False)
@example("cash used in investing activities was $23.2 million", 38, 51, False)
@example("Net income was $5 million, compared with $3 million", 41, 51, True)
def test_a_claim_without_a_direction_word_gives_its_amounts_no_direction(text, start, width, negative):
    """``verifier._directed`` reads no direction in a claim that holds no word of one (``DIRECTION_KEYWORDS``)."""
    from summarizer.facts.directions import words_direction

    start = min(start, len(text))
    end = min(len(text), start + width)
    if not may_hold(text, verifier.DIRECTION_KEYWORDS):
        assert words_direction(text, start, end, negative) is None


def _without_shortcuts(monkeypatch) -> None:
    """The code as it was: every pattern searched, every scale and outflow looked up, every claim read again."""
    monkeypatch.setattr(analyst_math, "may_hold_each", lambda text, lists: [True] * len(lists))
    monkeypatch.setattr(claims, "may_hold_each", lambda text, lists: [True] * len(lists))
    monkeypatch.setattr(claims, "may_hold", lambda text, words: True)
    monkeypatch.setattr(verifier, "_claim_holds", lambda words, gate: True)
    monkeypatch.setattr(verifier, "per_claim", lambda words, key, read: read(words))
    monkeypatch.setattr(analyst_math, "per_claim", lambda words, key, read: read(words))
    monkeypatch.setattr(verifier, "changes_of", lambda *question: tuple(analyst_math._changes_of(*question)))
    monkeypatch.setattr(verifier, "_has_unknown_scale", lambda index: True)
    monkeypatch.setattr(verifier, "_has_outflow_cells", lambda index: True)
    clauses = verifier._clauses
    monkeypatch.setattr(verifier, "_clauses", lambda text, read=None: clauses(text))
    monkeypatch.setattr(verifier, "_the_whole_again", lambda *args: False)


_INDEXES: dict[str, FactIndex] = {}


def _index(name: str) -> FactIndex:
    if name not in _INDEXES:
        _INDEXES[name] = FactIndex(load_document(DATA / name))
    return _INDEXES[name]


_RELEASES = ["sears_q2-2004.txt", "datadog_q2-2026_text.txt", "apple_q1-fy2011.txt"]
# Amounts of those releases, so that claims hold supported amounts for the arithmetic to compute from.
_AMOUNTS = [
    "$1.12 billion", "36%", "$827 million", "$8.7 billion", "$1.3 billion", "$26.74 billion", "$6.00 billion", "$6.43",
    "$2.3 billion", "$9.2 billion", "$19.9 billion", "(3,502)", "$490 million", "$344.2 million", "$834.2 million",
    "$146 million", "capital expenditures of", "cash used in investing activities was", "income tax of",
]  # fmt: skip
_WHOLE_CLAIMS = st.lists(st.sampled_from(_PIECES + _AMOUNTS), min_size=1, max_size=24).map(lambda pieces: " ".join(pieces))


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_RELEASES), _WHOLE_CLAIMS)
@example("datadog_q2-2026_text.txt", "Revenue was $827 million, up 36% from $1.12 billion; net debt of $490 million")
@example("sears_q2-2004.txt", "Revenue totaling $9.2 billion: $6.00 billion and $2.3 billion, implying $1.3 billion")
@example("datadog_q2-2026_text.txt", "Sees revenue up 36%, up from 30% previously; total debt of $834.2 million, net debt $490 million")
@example("datadog_q2-2026_text.txt", "Revenue GUİDANCE of $827 million")  # "İ" lowers to two characters: the gate reads the claim as written
def test_a_claim_is_verified_alike_with_and_without_the_shortcuts(release, claim):
    index = _index(release)
    fast = verifier.verify_claim(index, claim)
    with pytest.MonkeyPatch.context() as patched:
        _without_shortcuts(patched)
        slow = verifier.verify_claim(index, claim)
    assert fast == slow


def test_the_shortcuts_answer_for_the_release_they_are_asked_of():
    # Sears prints its tables in millions: every cell of money has a scale read; Datadog's cash flow statement
    # prints its capital expenditures negative ("Purchases of property and equipment (...)")
    for name in _RELEASES:
        index = _index(name)
        assert verifier._has_unknown_scale(index) == any(f.scale_unknown for f in index.facts)
        assert verifier._has_outflow_cells(index) == any(
            f.value < 0 and f.in_table and f.metrics & verifier._PAID_OUT for f in index.facts
        )


def test_a_claim_line_of_thousands_of_amounts_is_read_once(monkeypatch):
    # "Revenue and net income were $X and $Y, respectively, ...": one clause, the whole line, which its clause-by-clause
    # reading read again in full as its one clause (verified twice over); now read once
    from summarizer.verify import claims

    index = _index("datadog_q2-2026_text.txt")
    claim = "Revenue and net income were " + "".join(f"${i % 997}.{i % 10} and ${i % 89}, respectively, " for i in range(300))
    texts: list[str] = []
    read = claims.read_numbers

    def counted(text):
        texts.append(text)
        return read(text)

    monkeypatch.setattr(verifier, "read_numbers", counted)
    verifier.verify_claim(index, claim)
    assert texts == [claim]


def test_a_claim_of_thousands_of_unsupported_amounts_costs_no_window_search_per_amount():
    index = _index("datadog_q2-2026_text.txt")
    claim = "".join(f"${i % 997}.{i % 10} million, " for i in range(4000))
    start = time.process_time()
    check = verifier.verify_claim(index, claim)
    assert len(check.numbers) == 4000
    assert time.process_time() - start < 30  # ~2 s on the development machine; a generous bound, for a loaded CI


def _unreadable_as_before(text: str, read) -> list:
    """``claims._unreadable`` as it was: every number-like match split into its digits."""
    from decimal import Decimal

    from summarizer.types import OtherKind, Span, Unit

    covered = bytearray(len(text) + 1)
    for span in read:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    found = []
    for match in claims._NUMBER_LIKE.finditer(text):
        digits = [i for i in range(match.start(), match.end()) if text[i].isdigit()] or [match.start()]
        if all(covered[i] for i in digits):
            continue
        span = Span(match.start(), match.end())
        glued_date = claims._DAY_YEAR.fullmatch(match.group()) and claims._MONTH_BEFORE.search(text, max(0, span.start - 12), span.start)
        if glued_date:
            kind = OtherKind.DATE
        elif claims._SECTION_NUMBER.fullmatch(match.group()) and not claims._UNIT_AFTER.match(text, span.end):
            kind = OtherKind.IDENTIFIER
        else:
            kind = OtherKind.UNREADABLE
        found.append(claims.ClaimNumber(span, span.of(text), Decimal(0), Unit.COUNT, 0, kind))
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "$9,9,9 million", "1.2.3%", "June 302025", "1.2.3 EPRA", "$", "9,9"]), max_size=20).map(" ".join),
       st.lists(st.tuples(st.integers(0, 120), st.integers(0, 12)), max_size=8))
def test_the_unreadable_numbers_are_found_as_before(text, spans):
    from summarizer.types import Span

    read = [n.span for n in claims.read_numbers(text)] + [Span(a, min(len(text), a + w)) for a, w in spans if a <= len(text)]
    assert claims._unreadable(text, read) == _unreadable_as_before(text, read)


def test_the_answers_kept_are_the_claims_own():
    # two claims, equal in value but two objects, and a claim's words and text asked in turn: each its own answers
    words, text = "net debt of $490 million", "Net debt of $490 million"
    assert verifier._claim_holds(words, ("net debt",)) and analyst_math.per_claim(text, "k", lambda t: t.startswith("Net"))
    assert verifier._claim_holds(words, ("net debt",)) and analyst_math.per_claim(text, "k", lambda t: False)  # kept
    other = "".join(["revenue of $5", " million"])
    assert not verifier._claim_holds(other, ("net debt",))
    assert not analyst_math.per_claim(other, "k", lambda t: t.startswith("Net"))


def _names_row_as_before(fact, words: str) -> bool:
    """``analyst_math.names_row`` as it was: the label read again for every question."""
    if not fact.in_table:
        return True
    label = (fact.figure.row or "").lower()
    if not fact.named:
        qualifiers = analyst_math._WORD.findall(label)
        return not label.strip() or bool(qualifiers) and all(
            word in analyst_math._QUALIFIERS or word.rstrip("s") in words for word in qualifiers
        )
    label = analyst_math._SIGN_ALTERNATIVE.sub(" ", analyst_math._NET_OF.sub(" ", analyst_math._OWNERS.sub(" ", label)))
    for match, _ in analyst_math.metric_matches(label):
        label = label[: match.start()] + " " * (match.end() - match.start()) + label[match.end() :]
    return all(word in analyst_math._QUALIFIERS or word.rstrip("s") in words for word in analyst_math._WORD.findall(label))


_LABEL_WORDS = ["revenue", "net", "income", "product", "services", "cash", "used", "in", "operating", "activities", "total",
                "diluted", "per", "share", "gross", "margin", "deposits", "segment", "iphone", "data", "center", "sales"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_RELEASES), st.lists(st.sampled_from(_LABEL_WORDS), max_size=12).map(" ".join), st.data())
def test_a_row_is_named_by_a_claim_as_before(release, words, data):
    facts = [f for f in _index(release).facts if f.in_table]
    for fact in data.draw(st.lists(st.sampled_from(facts), min_size=1, max_size=20)):
        claim = "".join([words])  # a claim text of its own object, as each claim is
        assert analyst_math.names_row(fact, claim) == _names_row_as_before(fact, claim)
        assert analyst_math.names_row(fact, claim) == _names_row_as_before(fact, claim)  # kept: the same answer
