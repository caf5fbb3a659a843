"""The words around a number that say what it measures, for which period, and which way.

Shared by the claim side (an analyst's sentence) and the source side (a table row
label, a column header, a sentence of the release), so both are read alike.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..types import quick_init
from .keywords import may_hold, may_hold_all_of, may_hold_each, search_in_runs

__all__ = [
    "CLAUSE_OF_ITS_OWN",
    "MONTH",
    "MONTH_NAME",
    "MONTH_NAMES",
    "QUARTER_ORDINAL",
    "QUARTER_ORDINALS",
    "ATTRIBUTED",
    "MINORITY",
    "SIGN_ASIDE",
    "metrics_in",
    "names_a_planned_change",
    "plans_a_change_of_its_own",
    "broader_metric",
    "metric_keywords",
    "metric_matches",
    "LONGEST_METRIC_PHRASE",
    "LENGTH_PATTERNS",
    "LENGTH_WORDS",
    "LENGTH_PATTERN_WORDS",
    "length_in",
    "LOSS_WORDS",
    "NOT_PROVIDED_FOR",
    "metrics_compatible",
    "metric_for_unit",
    "may_be_money",
    "NOT_MONEY_METRICS",
    "NOT_SPOKEN_MONEY_METRICS",
    "primary_length",
    "names_year_results",
    "names_segment_revenue",
    "revenue_line_words",
    "segment_name_words",
    "BALANCE_METRICS",
    "CAPITAL_RATIO_METRICS",
    "Period",
    "period_in",
    "nearest_length",
    "fiscal_quarter_in",
    "reported_fiscal_year_in",
    "reported_quarter_in",
    "quarters_named",
    "lengths_compatible",
    "PRIOR_PHRASE",
    "RANGE_PART",
    "PRIOR_WORDS",
    "COMPARISON_WORDS",
    "COMPARISON_LINK",
    "ON_THE_EARLIER",
    "POINTS_BACK",
    "change_base",
    "change_base_named",
    "comparison_named_before",
    "compared_amount_at",
    "comparison_period_base",
    "section_change_base",
    "quarter_end_named",
    "months_dated",
    "month_of_an_amount",
    "month_dated_after",
    "months_dated_after",
    "lengths_named",
    "counted_against_a_quarter",
    "change_direction",
    "loss_context",
    "may_read_a_loss",
    "FORWARD_LOOKING",
    "FORWARD_WORDS",
    "FORWARD_AFTER",
    "FORWARD_HINTS",
    "NEGATIVE_BEFORE",
    "POINTS_AFTER",
    "TOGETHER_FIRST",
    "HEDGE",
    "HEDGED",
    "YEAR_AGO",
    "HEDGED_BEFORE",
    "SHORT_OF_BEFORE",
    "CHANGE_BASE_ADVERB",
    "CHANGE_PERIOD",
    "CHANGE_COLUMN",
    "SHARE_OF",
    "OUTFLOW_METRICS",
    "MARGIN_METRICS",
    "BARE_MARGIN_AFTER",
    "WHOLE_PERIOD",
    "SHARE_VERB_BEFORE",
    "IMPLIED_BEFORE",
    "IMPLIED_WORDS",
    "IMPLYING",
    "TOTAL_BEFORE",
    "TOTAL_BEFORE_WORDS",
    "TOTAL_AFTER",
    "TOTAL_AFTER_WORDS",
    "MIDPOINT_WORDS",
    "NET_DEBT_WORDS",
    "FROM_WORDS",
    "DIFFERENCE_WORDS",
    "LESS_BETWEEN",
    "FROM_BEFORE",
    "DIFFERENCE_BEFORE",
    "OUTLOOK_EDITION",
    "OUTLOOK_EDITION_WORD",
    "EARLIER_EDITION_WORD",
    "LATER_EDITION_WORD",
    "RESULT_CLAUSE",
    "NOT_A_SEGMENT_ALONE",
    "RATE_OF_A_FLOW",
    "PERCENT_LEVEL_METRICS",
    "COMPANY_ROW",
    "TOTAL_ROW",
    "REPORTED",
    "MIDPOINT",
    "TOLERANCE_BEFORE",
    "TOLERANCE_REACH",
    "NET_DEBT",
    "GROWTH_METRICS",
    "MONTH_WORD",
]


# A conjunction that opens a clause of its own subject, whose amounts are none of the words before it: "gross profit
# slipped to $225,187 from $240,843 as cost of revenue climbed to $1,101,994 from $13,380", "operating loss $57.5m vs
# $59.6m LY even as opex rose to $142.1m from $106.0m"
CLAUSE_OF_ITS_OWN = re.compile(r"\s(?:as|while|whereas|but)\s(?=(?:the\s+|its\s+)?[a-z])", re.IGNORECASE)
# A word that says the amount right after it is rounded: "about $923,000", "roughly 2,900 closings", "~$3,400".
HEDGE = r"(?:about|approximately|approx\.|roughly|around|nearly|almost|some|just|close\s+to)"
# A pattern piece: the hedge an amount may be said with, or none, wherever the words before an amount are read
# ("to about $5 million", "from roughly 27%", "lost ~$81.7 million"). One list, so that a claim's words and a
# release's are read alike however the amount is hedged.
HEDGED = rf"(?:{HEDGE}\s+|~\s*)?"
# A tolerance said right before its size, a hedge between: "$3.86 +/- $0.15", "(plus or minus 2%)"
TOLERANCE_BEFORE = re.compile(r"(?:\+/-|±|plus or minus)\s*" + HEDGED + r"\S{0,4}$")
TOLERANCE_REACH = 24  # "plus or minus $" and a hedge, right before the tolerance
# The shorthand a note writes for an amount per share, earnings or loss, per share or per ADS: "EPS $2.87", "reported
# LPS $0.16 vs $0.08", "diluted EPADS HK$26.08"; and a word each of them holds (``keywords.may_hold``)
PER_SHARE_SHORTHAND = r"(?:EPS|LPS|EPADS)"
PER_SHARE_SHORTHAND_WORDS = ("eps", "lps", "epads")

# Canonical metric -> the phrases that name it. Longer phrases are tried first, so
# "gross margin" is not read as "margin", nor "operating expenses" as "expenses".
_METRIC_PHRASES: dict[str, tuple[str, ...]] = {
    "eps": ("earnings per share", "earnings per diluted share", "earnings per basic share", "net income per share",
            "net loss per share", "loss per share", "income per share", "per diluted share", "per basic share",
            "per basic and diluted share", "per share", "eps", "per common share",
            "lps",  # a note's loss per share: "LPS $(0.08) vs $(0.13)"
            # an American depositary share or receipt: "Diluted net income per ADS was HK$26.08", "diluted EPADS HK$26.08"
            "epads", "net income per ads", "income per ads", "earnings per ads", "per diluted ads", "per ads", "per adr",
            # the shorthand of notes and wire headlines: "net loss/sh $(0.27)", "4Q Loss/Shr 69c", "earnings/share"
            "loss/sh", "loss/shr", "loss/share", "earnings/sh", "earnings/shr", "earnings/share", "income/share",
            "net loss/sh", "net loss/shr", "net loss/share", "net income/share"),
    "other": ("other revenues", "other revenue", "other expenses", "other expense", "other"),
    # what exchange rates moved, gained or lost: "Net foreign exchange loss was NT$2,787 million", "a S/61 million
    # smaller FX gain"
    "foreign_exchange": ("foreign exchange gain", "foreign exchange gains", "foreign exchange loss", "foreign exchange losses",
                         "foreign currency exchange gain", "foreign currency exchange loss", "exchange gain", "exchange gains",
                         "exchange loss", "exchange losses", "fx gain", "fx gains", "fx loss", "fx losses", "fx impact",
                         "foreign exchange impact"),
    "book_value": ("book value per share", "book value per common share", "book value", "bvps"),
    "tangible_book_value": ("tangible book value per share", "tangible book value per common share",
                            "tangible book value",
                            # as banks and analysts shorten it: "TBV per share $34.61", "TBVPS"
                            "tbv", "tbv per share", "tbvps"),
    "fee_income": ("wealth management fee income", "fee income", "noninterest income", "non-interest income",
                   "total other income", "fee revenue", "management fees", "performance fees", "wealth management fees", "wealth fees"),
    "capital_return": ("shareholder distributions", "distributions", "returned to shareholders", "to shareholders",
                       "cash returned",  # "Total cash returned": the sum of dividends and buybacks, not a cash balance
                       "shareholder returns", "capital return", "capital returns", "capital returned",
                       # a verb of it, only right before its amount (``_VERBS_BEFORE_AMOUNT``): "returned $161 million"
                       "returned"),
    "capex": ("capital expenditures", "capital expenditure", "capex", "capital spending",
              # the cash flow statement's line of it: "Purchases of property, equipment and software | (53,112)" (and
              # property named after a word of paying for it: ``_PAID_FOR_BEFORE``)
              "purchases of property, equipment and software", "purchases of property and revenue earning equipment"),
    "online_sales": ("online sales", "e-commerce sales", "digital sales"),
    "net_interest_margin": ("net interest margin", "nim"),
    # A bank's capital ratios, each its own measure (a CET1 ratio is no tier 1 leverage ratio of the same value), some
    # said by what they divide: "Tier 1 capital to average assets was 9.36%"
    "cet1_ratio": ("common equity tier 1", "common equity tier i", "cet1", "cet 1",
                   "common equity tier 1 capital to risk-weighted assets", "common equity tier i capital to risk-weighted assets"),
    "tier1_ratio": ("tier 1 capital", "tier i capital", "tier 1 capital to risk-weighted assets",
                    "tier i capital to risk-weighted assets"),
    "total_capital_ratio": ("capital to risk-weighted assets", "total risk-based capital", "total capital ratio"),
    # a leverage ratio: a bank's capital to its assets (a percentage), or a borrower's debt to its earnings (times:
    # "3.4x net debt to adjusted EBITDA")
    "leverage_ratio": ("tier 1 leverage", "tier i leverage", "leverage ratio",
                       "tier 1 capital to average assets", "tier i capital to average assets", "capital to average assets",
                       # "Net debt-to-adjusted EBITDA" ("-" may be a space), "Net Debt / LTM Adjusted EBITDA"
                       *(f"{debt}{link}{trailing}{adjusted}ebitda" for debt in ("net debt", "debt") for link in ("-to-", "/", " / ")
                         for trailing in ("", "ltm ", "ttm ") for adjusted in ("", "adjusted "))),
    "revenue": ("total revenues", "total revenue", "net revenues", "net revenue", "revenues", "revenue", "net sales",
                "total net sales", "sales", "top line", "top-line", "turnover", "gross rental income", "gross rents",
                # an insurer's revenue line: "Net earned premiums, fees and other income | 2,346.5"
                "net earned premiums", "earned premiums", "premiums earned",
                # growth said organic with no measure named is the sales': "organic growth of 2%-3%"
                "organic growth",
                # analysts' shorthand: "PLTR Q2: rev $1.94bn, up from $1.00bn"
                "rev", "revs"),
    "gross_margin": ("gross margin", "gross margins", "gross profit", "gross profit margin",
                     # analysts' shorthand after its basis: "GAAP GM 29-31%, non-GAAP GM 35-37%" (``_BASIS_BEFORE``)
                     "gm"),
    "operating_income": ("operating income", "operating loss", "income from operations", "loss from operations",
                         "operating profit", "operating earnings", "operating margin", "operating margins", "ebit",
                         # analysts' shorthand: "non-GAAP op margin 6%", "op income up 12%"
                         "op margin", "op income", "op profit", "op loss", "op. margin", "op. income", "op. profit",
                         "op. loss", "income from ops", "loss from ops",
                         # a segment's own margin is its operating margin: "adjusted segment margin 26.8%"
                         "segment margin", "segment margins",
                         # a statement's line before other income: "NET LOSS FROM OPERATIONS | (48,147)"
                         "net loss from operations", "net income (loss) from operations", "net (loss) income from operations"),
    "operating_expenses": ("operating expenses", "operating expense", "total operating expenses", "opex", "costs and expenses",
                           "total costs and expenses"),
    "research_and_development": ("research and development", "r&d"),
    # research bought with a company or a licence, a charge of its own line, not the R&D expense: "acquired
    # in-process research and development (IPR&D) charges of $2.8 billion", the row "Acquired IPR&D" (a bare
    # "IPR&D" is left unread, as before: "$3.03 of IPR&D charges more than offset a $2.78 underlying raise" of EPS)
    "acquired_research": ("acquired in-process research and development", "in-process research and development",
                          "acquired ipr&d", "aipr&d"),
    # a cost, not sales: "Sales and marketing (1) | 658,720" is no revenue
    "sales_and_marketing": ("sales and marketing", "selling and marketing", "marketing and sales"),
    "general_and_administrative": ("general and administrative", "selling, general and administrative",
                                   "sales, general and administrative", "sg&a", "g&a", "og&a", "selling and administrative",
                                   "general and administration",
                                   # "admin" as analysts shorten it: "marketing, selling and admin costs grew 25%"
                                   "general and admin", "selling, general and admin", "selling and admin",
                                   # IFRS statements' name for the same overhead: Gecina's "Salaries and administrative costs"
                                   "administrative expenses", "administrative costs",
                                   # as a wire shortens it: "salaries and admin costs down 2.0% to EUR76.3m"
                                   "admin costs", "admin expenses"),
    "net_income": ("net income attributable to shareholders", "net income attributable to common shareholders",
                   "net income attributable to stockholders", "net income attributable to common stockholders",
                   "net income", "net loss", "net earnings", "net profit", "earnings", "profit", "net income (loss)",
                   "bottom line", "income attributable to", "loss attributable to",
                   # its rate to revenue, as an operating margin is operating income's: "a net margin of about 22%"
                   "net margin", "net margins", "net profit margin",
                   "earnings after taxes", "earnings after tax", "profit after tax", "profit after taxes",
                   # verbs whose object is the amount: "Nephros earned $74,000 after losing $1.6 million in 2023"
                   # (``_VERBS_BEFORE_AMOUNT``: only right before an amount, not "net earned premiums")
                   "earned", "lost", "losing"),
    "cash": ("cash and cash equivalents", "cash, cash equivalents and marketable securities",
             "cash and marketable securities", "cash and short-term investments", "cash",
             # the securities held with the cash are the cash's ("Cash, cash equivalents, and marketable securities")
             "cash and cash equivalents and marketable securities", "cash and cash equivalents / marketable securities",
             "cash equivalents and marketable securities", "cash equivalents, and marketable securities",
             "cash, equivalents and marketable securities", "equivalents and marketable securities",
             "cash equivalents, and total marketable securities", "cash equivalents and total marketable securities",
             "cash equivalents / marketable securities", "cash equivalents, restricted cash and marketable securities",
             "cash equivalents, restricted cash, and marketable securities",
             # and so are the short-term investments held with it: "cash, cash equivalents and short-term investments"
             "cash equivalents and short-term investments", "cash equivalents, and short-term investments",
             "cash and cash equivalents and short-term investments", "equivalents and short-term investments",
             "cash equivalents and short term investments",
             # an analyst's sum of them: "Cash plus marketable securities $21.9bn"
             "cash plus marketable securities", "cash plus investments", "cash plus short-term investments",
             # a bank's money placed with other banks: its cash, not the deposits it holds
             "interest-bearing deposits in banks", "interest-bearing deposits with banks",
             "interest-bearing deposits in other banks", "interest bearing deposits in banks",
             "interest-bearing deposits with other banks", "deposits with banks", "deposits in other banks"),
    "free_cash_flow": ("free cash flow", "free cash outflow", "fcf"),  # "adjusted FCF guidance", as analysts abbreviate it
    # "cash flow" said alone is a flow over a period, never the cash held at its end: which flow ("Cash flow after
    # investing activities", "positive cash flow") its own words say, else the operating or free cash flow it may be
    "cash_flow": ("cash flow", "cash flows", "net cash flow", "net cash flows"),
    "operating_cash_flow": ("cash flows from operations", "cash flows from operating activities", "operating cash flows",
                            "cash provided by operating activities", "cash generated by operating activities",
                            "net cash provided by operating activities", "operating activities", "cash from operations",
                            "operating cash flow", "cash flow from operations", "cfo", "ocf",
                            # "Net cash provided by operations was $612 million": the flow, not a balance of cash
                            "cash provided by operations", "cash generated by operations", "cash generated from operations",
                            "cash generated from operating activities",
                            # as said on a call: "we generated $94 million of cash from operating activities"
                            "cash from operating activities", "cash from our operating activities",
                            "cash in our operating activities", "cash in operating activities",
                            # what a company of losses spends on its operations: "operating cash burn shrank to $23.2m"
                            "operating cash burn", "cash burn"),
    # "DPS in EUR | 5.30 | 5.45": the dividend per share, as EPS is the earnings per share
    "dividend": ("dividend payout ratio", "payout ratio", "dividend", "dividends", "cash dividend", "cash dividends", "dps"),
    "buyback": ("repurchase", "repurchases", "repurchased", "repurchasing", "buyback", "buybacks", "bought back", "buy back",
                "buying back",
                # the cash flow statement's line of it: "Payments for common shares | (1,262)"
                "payments for common shares", "purchases of common stock", "purchase of common stock",
                "purchases of treasury stock", "purchase of treasury stock"),
    # what a buyback programme still allows, a balance at a date: "$58.5 billion remaining under its share repurchase
    # authorization", "$58.5bn left on the authorization"
    "buyback_authorization": ("repurchase authorization", "repurchase authorizations", "buyback authorization",
                              "buyback authorizations", "remaining authorization", "authorization",
                              # said as a verb after the amount: "$910 million remained authorized"
                              "remained authorized", "remains authorized", "remain authorized", "still authorized"),
    "shares": ("weighted average shares", "shares outstanding", "common shares", "shares"),
    "tax": ("income tax", "tax expense", "tax rate", "taxes",
            # not a bank's "provision expense" for credit losses
            "tax provision expense", "income tax provision expense"),
    # earnings before the tax, not after it: "Earnings Before Tax (EBT)", "Income before income taxes"
    "pretax_income": ("earnings before income taxes", "earnings before income tax", "earnings before taxes",
                      "earnings before tax", "income before income taxes", "income before income tax",
                      "income before taxes", "income before tax", "loss before income taxes", "loss before taxes",
                      "pretax income", "pre-tax income", "pretax earnings", "pre-tax earnings", "pretax profit",
                      "pre-tax profit", "profit before tax", "profit before taxes", "ebt",
                      # the line the tax is provided for out of: "Income before provision for income taxes"
                      "income before provision for income taxes", "earnings before provision for income taxes",
                      "loss before provision for income taxes", "income before provision for taxes"),
    "interest": ("net interest income", "interest income", "interest expense", "interest and financing expense",
                 "interest and financing expenses", "nii"),
    "proceeds": ("disposition proceeds", "proceeds"),
    # the rest of a bank's fee income is other income: "Other noninterest income was $3.4 million"
    "other_income": ("other income", "other noninterest income", "other non-interest income"),
    "cost_of_revenue": ("cost of revenue", "cost of revenues", "cost of sales", "cost of goods sold"),
    "stock_compensation": ("stock compensation", "stock-based compensation", "share-based compensation",
                           # "non-cash" names no cash: "$2.4 million of non-cash share-based compensation"
                           "non-cash stock compensation", "non-cash stock-based compensation",
                           "non-cash share-based compensation",
                           # analysts' short forms: "$0.6m of stock comp", "SBC of $83 million"
                           "stock comp", "sbc"),
    "deposits": ("deposits",),
    "loans": ("loans", "loan"),
    "loan_to_value": ("loan-to-value", "loan to value", "ltv"),  # a ratio, not loans
    "assets": ("total assets", "assets"),
    "equity": ("stockholders' equity", "shareholders' equity", "equity"),
    # the equity method's share of an investee's results: no shareholders' equity ("Equity loss on investments")
    "equity_income": ("equity loss", "equity losses", "equity income", "equity earnings", "equity in earnings",
                      "equity in net earnings", "equity in net income", "equity in income", "equity in losses",
                      "equity in net loss", "equity in net losses", "equity in the earnings", "equity in the net earnings",
                      "equity in the losses", "equity method income", "equity method loss", "equity method losses",
                      # the other result said with it in parentheses: "Equity in losses (earnings) of unconsolidated
                      # entities"
                      "equity in losses (earnings)", "equity in earnings (losses)", "equity in (earnings) losses",
                      "equity in (losses) earnings",
                      # as foreign filers word it: "Share of profit of equity-accounted investees"
                      "share of profit", "share of profits", "share of loss", "share of losses", "share of results",
                      "share of net income", "share of net loss", "share of net earnings", "share of earnings",
                      "share of profit (loss)", "share of (loss) profit", "share of (profit) loss",
                      "equity accounted income", "equity-accounted income", "equity accounted earnings"),
    # money paid out to pay debt down, which a cash flow statement prints in parentheses: no debt outstanding
    "debt_repayment": ("debt repayments", "debt repayment", "repayments of debt", "repayment of debt", "repayments of long-term debt",
                       "repayment of long-term debt", "repayments of borrowings", "repayment of borrowings", "repayments",
                       "repayment", "repaid"),
    "debt": ("debt", "borrowings", "senior notes", "convertible notes", "convertible senior notes", "notes payable",
             "secured notes", "unsecured notes", "senior secured notes", "senior unsecured notes",
             # a bank's borrowing against securities it will buy back: no share buyback
             "securities sold under agreements to repurchase", "securities sold under repurchase agreements",
             # a loan that funds working capital is debt, no working capital: "$140.8 million outstanding debt under
             # working capital revolvers"
             "working capital revolver", "working capital revolvers", "working capital facility",
             "working capital facilities", "working capital loan", "working capital loans",
             "working capital borrowings"),
    "backlog": ("backlog",),
    # an airline's traffic, counted: "Revenue Passengers Carried (000s)", "RPMs (millions)" -- no revenue
    "passengers": ("revenue passengers carried", "revenue passengers onboard", "revenue passengers", "passengers carried",
                   "passengers", "revenue passenger miles", "revenue passenger kilometers", "rpms", "rpks"),
    # what a bank holds against the loans it expects to lose, a balance: "Allowance for credit losses | 68,625", "The
    # ACL was $68.6 million, 1.14% of loans" (not the period's provision that adds to it)
    "credit_allowance": ("allowance for credit losses", "allowance for credit loss", "allowance for loan losses",
                         "allowance for loan and lease losses", "credit loss allowance", "acl", "alll",
                         # and as a bank's own words say its move: "an $875 million allowance release"
                         "allowance release", "allowance build"),
    # lines of a balance sheet whose words name a flow: what the earnings of all years left ("Retained earnings |
    # 1,135,409", "Accumulated deficit"), revenue billed but not yet earned ("Current portion of deferred revenue |
    # 670,740") and tax owed or owed back ("Income taxes payable"): none is a period's profit, revenue or tax
    "retained_earnings": ("retained earnings", "accumulated deficit"),
    "deferred_revenue": ("deferred revenue", "deferred revenues", "unearned revenue", "unearned revenues"),
    "tax_balance": ("income taxes payable", "income tax payable", "income taxes receivable", "income tax receivable",
                    "recoverable income taxes"),
    # the share of last year's revenue from customers that a year later they pay: "Net revenue retention (1) | 126 %"
    "revenue_retention": ("net revenue retention", "net retention rate", "net dollar retention",
                          "dollar-based net retention", "dollar-based net retention rate", "net dollar retention rate"),
    # the yearly rate a subscription business runs at on a day, no period's revenue: "Annual recurring revenue ($
    # millions) | $ 1,639" under the column "30 JUN 2026"
    "annual_recurring_revenue": ("annual recurring revenue", "annual recurring revenues", "annualized recurring revenue",
                                 "arr"),
    "working_capital": ("working capital",),
    "marketable_securities": ("marketable securities",),
    # held beside the cash, no cash itself: "Short-term investments | 23,536" (but "cash and short-term investments" is
    # the cash's, the longer phrase)
    "short_term_investments": ("short-term investments", "short term investments"),
    "production": ("production", "barrels", "output"),
    # a producer's cost per unit it makes, not its cash: First Quantum's "C1 cash cost", "C1 (per lb)"; GrafTech's "cash
    # costs per metric ton", "cash cost of goods sold"
    "cash_cost": ("cash cost", "cash costs", "c1 cash cost", "c1 cash costs", "c1", "cash cost of goods sold"),
    "comparable_sales": ("comparable sales", "comparable store sales", "comparable store net sales", "same-store sales",
                         "comps", "same store sales", "same shop sales", "same-shop sales",
                         # as retailers and wires shorten or hyphenate it: "U.S. comp sales increased 1.1%"
                         "comp sales", "comp store sales", "comp-store sales", "comparable-store sales",
                         "comparable-store net sales", "comparable restaurant sales", "same-restaurant sales",
                         "same restaurant sales", "same-store revenue", "same-store net sales"),
    "systemwide_sales": ("systemwide sales", "system-wide sales"),
    "license_fees": ("license and milestone fees", "license fees", "milestone fees", "license payment",
                     "upfront payment", "milestone payment", "upfront license payment"),
    "clinical_materials": ("clinical material reimbursement", "clinical materials reimbursement",
                           "clinical materials reimbursed", "clinical material"),
    "inventory": ("inventories", "inventory"),
    "receivables": ("accounts receivable", "receivables"),
    "liabilities": ("liabilities",),
    "aum": ("aum", "assets under management", "aum/aua", "fee-bearing capital", "fee bearing capital"),
    "ebitda": ("ebitda", "adjusted ebitda", "ebita", "adjusted ebita", "operative ebitda", "ebitdare"),
    "distributable_earnings": ("distributable earnings", "funds from operations", "ffo", "affo",
                               "adjusted funds from operations", "cash available for distribution"),
    "charge_offs": ("net charge-off ratio", "net charge-offs", "net charge-off", "net chargeoffs", "charge-off ratio",
                    "nco ratio",
                    # the loans named between: "Net loan charge-offs as a % of average total loans (annualized)"
                    "net loan charge-offs", "net loan charge-off", "loan charge-offs",
                    # as banks shorten them: "NCOs $45m, 14 bp of avg loans"
                    "ncos", "nco"),
    "efficiency_ratio": ("efficiency ratio",),
    "return_on_equity": ("return on average common equity", "return on common equity", "return on equity", "roe",
                         "return on average common shareholders' equity", "return on average common shareholders’ equity",
                         "return on average shareholders' equity", "return on average shareholders’ equity"),
    "return_on_tangible_equity": ("return on average tangible common equity", "return on tangible common equity",
                                  "rotce", "rote", "return on tangible equity", "return on average tangible equity",
                                  "return on average tangible common shareholders' equity",
                                  "return on average tangible common shareholders’ equity"),
    "return_on_assets": ("return on average assets", "return on assets", "roa"),
    # statement lines no other metric names ("Depreciation and amortization | 312", "Provision for credit losses")
    "depreciation_and_amortization": ("depreciation and amortization", "depreciation, depletion and amortization",
                                      "depreciation, amortization and depletion", "d&a"),
    # a bank's earnings before the provision for credit losses and taxes, no net income: "Pre-provision profit
    # (GAAP)", "pre-provision net revenue (PPNR)"
    "pre_provision_profit": ("pre-provision profit", "pre-provision net revenue", "pre-provision net revenues", "ppnr",
                             "pre-provision earnings", "pre-provision income"),
    "credit_provision": ("provision for credit losses", "provision for loan losses", "provision for loan and lease losses",
                         "credit loss provision", "provision (benefit) for credit losses",
                         # as analysts shorten it: "a $25 million credit provision benefit"
                         "credit provision", "provision benefit", "credit loss provisions", "loan loss provision", "loan loss provisions",
                         "provision for credit loss", "provisions for credit losses",
                         # a bank's short name of it: "Provision expense for the second quarter of 2025 was $2.8 million"
                         "provision expense"),
    "noninterest_expense": ("noninterest expense", "non-interest expense", "total noninterest expense",
                            "noninterest expenses", "non-interest expenses"),
    "goodwill": ("goodwill",),
    # a charge of the period, not the goodwill held: "Goodwill impairment charges", "a $171 million goodwill impairment"
    "impairment": ("goodwill impairment", "goodwill impairments", "goodwill impairment charge", "goodwill impairment charges",
                   "impairment of goodwill", "impairment charge", "impairment charges", "impairment", "impairments"),
    "property_and_equipment": ("property and equipment", "property, plant and equipment", "premises and equipment"),
    "units": ("unit sales", "unit growth", "unit increase", "unit decrease", "unit decline", "unit declines", "units sold",
              "unit shipments",
              "sales volume", "sales volumes"),
}  # fmt: skip
# Month names as a pattern piece: an abbreviation ("Sep", also the start of "September") and a whole name.
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip
MONTH_NAME = "(?:" + "|".join(MONTH_NAMES) + ")"
# A month's name as a whole word, abbreviated or not: "Mar", "March", "Sept."; not the "Mar" of "Margin" nor the
# "Dec" of "Decrease"
MONTH_WORD = (
    r"(?<![a-z])(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])"
)
# A quarter named by its ordinal ("third quarter"), as a pattern piece and as its number.
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
QUARTER_ORDINAL = "(?:" + "|".join(QUARTER_ORDINALS) + ")"
# Whose a profit is: "attributable to" (allocated, applicable, available to) its owners, and the
# minority ("non-controlling", "noncontrolling") interests that share it.
ATTRIBUTED = r"(?:attributable|allocated|applicable|available)"
MINORITY = r"(?:non-?\s?controlling|minority)"
_PHRASE_TO_METRIC = {phrase: metric for metric, phrases in _METRIC_PHRASES.items() for phrase in phrases}
# Every phrase starts with a letter: the look-ahead says so first, which lets the scan skip
# a run of spaces or digits at once instead of trying the whole alternation at each of them.
# Statements print the other sign inside a phrase: "Income (loss) from operations", "Net
# (loss) income", "Income/(loss) from operations" name operating income and net income.
_SIGN_ASIDE = r"(?:\s*\(\s*(?:loss|losses|income|earnings)\s*\)|\s*/\s*\(?\s*(?:loss|income)\s*\)?)"
_SIGN_ASIDE_WORDS = re.compile(_SIGN_ASIDE + r"(?=\s)", re.IGNORECASE)
SIGN_ASIDE = _SIGN_ASIDE  # for a reader of labels that drops the aside (``summary.metric_sentence``)


_ASIDE_AFTER = frozenset({"net", "income", "operating", "loss", "earnings", "profit"})


# The space between a phrase's words, or a line's end where a fixed-width release wraps it ("(2) Other\n
# income includes a grant"), or a hyphen where the phrase modifies a noun after it ("its 18% to 19% tax-rate guidance";
# not after "per": "per-share DE" is the unit of another measure, no earnings per share)
_SPACE_BETWEEN_WORDS = r"(?: | *\n *)"
_BETWEEN_WORDS = r"(?: | *\n *|-)"


def _phrase_tokens(phrase: str) -> list[str]:
    """The phrase's words as pattern pieces, with room for a sign aside after the words that take one;
    "and" may be printed "&" ("General & administrative"). Each letter or other character matched as
    itself is a piece of its own (``_is_literal``), for ``_trie``."""
    words = phrase.split(" ")
    tokens: list[str] = []
    for i, word in enumerate(words):
        # a list's comma before "and" may be printed or not ("Selling, general, and administrative"); a hyphen
        # joining two words may be a space ("Stock based compensation")
        if word == "and" and 0 < i < len(words) - 1:
            tokens.append("(?:and|&)")
        else:
            tokens.extend("[-\\s]" if character == "-" else re.escape(character) for character in word)
        if i < len(words) - 2 and words[i + 1] == "and" and not word.endswith(","):
            tokens.append(",?")
        if i < len(words) - 1:
            between = _SPACE_BETWEEN_WORDS if word == "per" else _BETWEEN_WORDS
            tokens.append(_SIGN_ASIDE + "?" + between if word in _ASIDE_AFTER else between)
    return tokens


def _phrase_pattern(phrase: str) -> str:
    """The phrase as a pattern of its own (``_phrase_tokens``)."""
    return "".join(_phrase_tokens(phrase))


def _opening(token: str) -> frozenset[str] | None:
    """The characters a piece of ``_phrase_tokens`` may open with, lower case ("s" for any white space),
    or None for a piece that may match nothing (",?"): a piece opening with a letter or a sign is one
    character matched as itself."""
    if token == _BETWEEN_WORDS:
        return frozenset("s")
    if token == "[-\\s]":
        return frozenset("s-")
    if token == "(?:and|&)":
        return frozenset("a&")
    if token == _SIGN_ASIDE + "?" + _BETWEEN_WORDS:
        return frozenset("s(/")
    if len(token) == 1 or (len(token) == 2 and token[0] == "\\"):
        return frozenset(token[-1].lower())
    return None


def _one_way(token: str, continuations: list[list[str]]) -> bool:
    """Whether ``token`` can be matched in at most one way that one of ``continuations`` then follows: a
    character matched as itself, a hyphen or a space, "and" or "&"; a line's end between words or an optional
    comma when no continuation opens with white space or a comma. Then ``token`` may be shared by them."""
    if token == _BETWEEN_WORDS or token == ",?":
        # " " ends before a non-space, " *\n *" only before its last space or after its line break; "," or nothing
        excluded = "s" if token == _BETWEEN_WORDS else ","
        return all(continuation and (opening := _opening(continuation[0])) is not None and excluded not in opening
                   for continuation in continuations)  # fmt: skip
    return _opening(token) is not None and token != _SIGN_ASIDE + "?" + _BETWEEN_WORDS


def _trie(alternatives: list[list[str]]) -> str:
    """One pattern for the alternation of ``alternatives`` (lists of ``_phrase_tokens`` pieces) that matches
    as it does, tried in their order, with a case-insensitive search: alternatives that open with the same
    piece share it, so a position is compared with each character once, not with every alternative.

    An alternative joins the group of an earlier one that opens with its piece only when no alternative of
    a group between them may match where it does (they open with different characters), so the first
    to match is the same; the piece is shared only when it can be matched in one way that its group's
    continuations follow (``_one_way``), so that trying the continuations before another way of the
    piece finds what trying each alternative whole finds."""
    groups: list[tuple[str | None, list[list[str]]]] = []
    for alternative in alternatives:
        token = alternative[0] if alternative else None
        opening = _opening(token) if token is not None else None
        joined = False
        for index in range(len(groups) - 1, -1, -1):
            group_token, members = groups[index]
            if group_token == token and token is not None:
                members.append(alternative)
                joined = True
                break
            other = _opening(group_token) if group_token is not None else None
            if opening is None or other is None or opening & other:
                break  # it may match where this group's alternatives do: it stays after them
        if not joined:
            groups.append((token, [alternative]))
    branches = []
    for token, members in groups:
        if token is not None and len(members) > 1 and _one_way(token, [member[1:] for member in members]):
            branches.append(token + _trie([member[1:] for member in members]))
        else:
            branches.extend("".join(member) for member in members)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _spelling(phrase: str) -> str:
    """A phrase as ``_phrase_pattern`` lets it be printed, in one spelling: "Stock based compensation" and
    "selling, general, and administrative" as "stock-based compensation", "selling, general and administrative"."""
    return re.sub(r"\s+", " ", phrase.replace("-", " ").replace(", and ", " and "))


_SPELLED_TO_METRIC = {_spelling(phrase): metric for phrase, metric in _PHRASE_TO_METRIC.items()}


# The phrases longest first, as one alternation would try them, spelled as a trie (``_trie``): at a
# word's start the pattern compares one character at a time, not each of four hundred phrases in turn.
# tests/test_properties.py holds it to the plain alternation: the same matches.
_LONGEST_FIRST = sorted(_PHRASE_TO_METRIC, key=len, reverse=True)
_METRIC_PATTERN = re.compile(
    r"(?=[a-z])(?<![\w&])(" + _trie([_phrase_tokens(phrase) for phrase in _LONGEST_FIRST])
    + r")(?![A-Za-z_&]|\d{3})",  # a footnote mark may follow: "EBITDA1", "Net debt3"
    re.IGNORECASE,
)
LONGEST_METRIC_PHRASE = max(map(len, _PHRASE_TO_METRIC))
# Metrics of which one is a part of the other, so that a claim naming one may cite the other.
_RELATED = {
    frozenset({"revenue", "license_fees"}),
    frozenset({"revenue", "clinical_materials"}),
    frozenset({"cash_flow", "operating_cash_flow"}),
    frozenset({"cash_flow", "free_cash_flow"}),
    # what an authorization leaves is said of buybacks ("$679.8 million still available for share repurchases") and a
    # release's words may stop short of the authorization ("$679.8 million of availability remaining under its
    # existing share repurchase authorizations" is read to its first sixty characters)
    frozenset({"buyback", "buyback_authorization"}),
}


# Words that make a measure the rate a business runs at, not a period's amount: "annual recurring revenue".
RUN_RATE_WORDS = frozenset({"recurring", "run-rate"})


# "sales of securities" is a disposal; "ICL sales of $312.5 million" an amount of revenue, and so are "sales of
# less than $5 million", "sales of up to $20 million": a bound said before the amount
_DISPOSAL = re.compile(
    r"\s+of\b(?!\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+|up\s+to\s+|at\s+least\s+"
    r"|(?:less|more)\s+than\s+|over\s+|under\s+)?(?:[$€£¥]|(?-i:[A-Z]{2,3})\$?\s?)?\d)",
    re.IGNORECASE,
)
_ASSETS_SOLD = re.compile(r"\bassets?\s+$", re.IGNORECASE)  # "Lower 48 asset sales of $1.7 billion": a disposal too
# "a sales value of $3.2 billion": what the homes of a backlog or of orders will sell for, not revenue earned
_VALUE_OF_SALES = re.compile(r"\s+value\b", re.IGNORECASE)
_COST_OF = re.compile(r"\bcosts? of(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)  # "Cost of service sales"


def _cost_of_before(text: str, start: int) -> bool:
    """``_COST_OF`` ends at ``start``: searched from just before the white space that ends
    there, not from the start of ``text`` (that is quadratic in a text naming many metrics)."""
    space = start
    while space > 0 and text[space - 1].isspace():
        space -= 1
    return bool(_COST_OF.search(text, max(0, space - 12), start))


# Measures that are of or on something: interest, a return, a tax, an expense (not "net loss on", which reads as net income).
_TAKES_AN_OBJECT = re.compile(
    r"\b(?:expenses?|interest|returns?|tax(?:es)?|yields?|amortization|impairments?|provisions?)$",
    re.IGNORECASE,
)
_COMPLEMENT_LINK = re.compile(r"(?<![\w&-])(?:on|of)\s+(?:(?:the|its|our)\s+)?$", re.IGNORECASE)


def _complement_of_metric(text: str, start: int) -> bool:
    """Whether the metric phrase at ``start`` is what another metric named just before it is of
    or on ("interest expense on debt", "amortization of intangible assets"): read from a window
    that ends at ``start``, never from the start of ``text``."""
    link = _COMPLEMENT_LINK.search(text, max(0, start - 12), start)
    if link is None:
        return False
    head_end = _before_spaces(text, link.start())
    if not _TAKES_AN_OBJECT.search(text, max(0, head_end - 16), head_end):
        return False  # "capital spending on operating cash flow of $360 million": two amounts side by side
    return _metric_ends_at(text, head_end)


# What a metric named before comes from, a thing done to what the phrase names: "Earnings from the monetization of
# mature assets were $108 million" (the earnings, no assets); "income from the sale of investments"
_FROM_A_SOURCE = re.compile(r"(?<![\w&-])from\s+(?:(?:the|its|our)\s+)?[a-z-]+\s+(?:of|on)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
_FROM_A_SOURCE_REACH = 60


def _source_of_metric(text: str, start: int) -> bool:
    """Whether the metric phrase at ``start`` names what a metric named right before it comes from (``_FROM_A_SOURCE``):
    read from a window that ends at ``start``."""
    if "from" not in text[max(0, start - _FROM_A_SOURCE_REACH) : start].lower():
        return False
    link = _FROM_A_SOURCE.search(text, max(0, start - _FROM_A_SOURCE_REACH), start)
    # (not a cash flow's "Proceeds from sales of marketable securities": the row is of both)
    return link is not None and _metric_ending_at(text, _before_spaces(text, link.start())) not in (None, "proceeds")


# What capital is spent on, said right after the spending: "Capital spending on property and equipment declined to $95.1
# million" is capex; the assets bought are no balance of their own there.
# What money paid for property says right before its name: "Payments for acquisition of", "Acquisitions of"
_PAID_FOR_BEFORE = re.compile(
    r"\b(?:payments?\s+(?:for|to\s+acquire)|purchases?\s+of|acquisitions?\s+of|additions\s+to|investments?\s+in|"
    r"expenditures?\s+(?:for|on))\s+(?:the\s+)?(?:acquisition\s+of\s+)?$",
    re.IGNORECASE,
)
_SPENT_ON = re.compile(r"(?<![\w&-])(?:on|in|for)\s+(?:new\s+)?$", re.IGNORECASE)


def _what_capex_buys(text: str, start: int, metric: str | None) -> bool:
    """Whether the property named at ``start`` is what capex named right before it is spent on."""
    if metric != "property_and_equipment":
        return False
    link = _SPENT_ON.search(text, max(0, start - 12), start)
    if link is None:
        return False
    return _metric_ending_at(text, _before_spaces(text, link.start())) == "capex"


def _before_spaces(text: str, end: int) -> int:
    """Where the spaces that end ``text[:end]`` start (``end`` where there are none)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _phrase_ending_at(text: str, end: int) -> str | None:
    """The metric phrase that ends at ``end`` of ``text`` (searched in a window that ends there), None for none."""
    window = max(0, end - LONGEST_METRIC_PHRASE - 1)
    return next((found.group(1) for found in _METRIC_PATTERN.finditer(text, window, end) if found.end() == end), None)


def _metric_ends_at(text: str, end: int) -> bool:
    """Whether a metric phrase ends at ``end`` of ``text``."""
    return _phrase_ending_at(text, end) is not None


def _metric_ending_at(text: str, end: int) -> str | None:
    """The metric the phrase that ends at ``end`` of ``text`` names, None for none."""
    phrase = _phrase_ending_at(text, end)
    return _PHRASE_TO_METRIC.get(" ".join(phrase.lower().split())) if phrase else None


# What a metric takes in, said right after its name: "capex including leased assets" (a word or two may qualify what is
# taken in: "leased"). Not what it leaves out: "excluding" may open what a metric is measured without, said as a
# metric of its own.
_TAKES_IN = re.compile(r"(?<![\w&-])(?:including|incl\.)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def _taken_in(text: str, start: int) -> bool:
    """Whether the metric phrase at ``start`` is what another metric named right before it takes in ("capex including
    leased assets came to RMB3.3 billion" is capex), as ``_complement_of_metric`` reads a complement: from a window
    that ends at ``start``."""
    link = _TAKES_IN.search(text, max(0, start - 40), start)
    return link is not None and _metric_ends_at(text, _before_spaces(text, link.start()))


# Buybacks and dividends named together, the second joined to the first: "Share repurchases and common stock
# dividends", "dividends plus buybacks".
_RETURN_JOIN = re.compile(r"\s+(?:and|plus|&)\s+(?:(?:common|ordinary)\s+(?:stock\s+|share\s+)?|cash\s+|share\s+)?", re.IGNORECASE)
# Two amounts listed after the names, one for each: "repurchases and dividends of $120 million and $41 million".
_AMOUNTS_LISTED_AFTER = re.compile(
    r"[^.;:\d]{0,60}?\d[\d.,]*\s*(?:[mbk]n?|mln|bln|million|billion|thousand)?\s*(?:,|and|&|\+|plus)\s+(?:[A-Z]{0,3}[$€£¥])?\d",
    re.IGNORECASE,
)


def _the_other_return_joined(text: str, end: int, endpos: int, metric: str) -> int | None:
    """Where the other way of returning capital ends, joined right after a dividend or buyback phrase that ends at
    ``end``: together they are the capital returned ("Share repurchases and common stock dividends totaled $161
    million"), one phrase. None where no such phrase follows, or two amounts follow, one for each ("buybacks and
    dividends of $120m and $41m")."""
    link = _RETURN_JOIN.match(text, end, endpos)
    other = _METRIC_PATTERN.match(text, link.end(), endpos) if link else None
    phrase = " ".join(other.group(1).lower().split()) if other else ""
    if other is None or _PHRASE_TO_METRIC.get(phrase) != ("buyback" if metric == "dividend" else "dividend") or not _a_noun(phrase):
        return None
    if _AMOUNTS_LISTED_AFTER.match(text, other.end(), endpos) or "respectively" in text[other.end() : other.end() + 120].lower():
        return None
    return other.end()


def _a_noun(phrase: str) -> bool:
    """Whether a metric phrase is a noun, not a verb's form ("repurchasing", "bought back"): "increasing our dividend and
    repurchasing $14.5 billion of common stock" names two things done, the amount the second's."""
    return not phrase.endswith(("ing", "ed", "back"))


_ATTRIBUTED = re.compile(rf"\b{ATTRIBUTED}\s+$", re.IGNORECASE)
# "equity holders of the parent" are owners, not equity; an "equity line of credit", an "equity offering" or
# "equity financing" is a way to raise money, not the equity a balance sheet states
_HOLDERS = re.compile(
    r"\s+(?:holders|line|lines|offerings?|financings?|raises?|purchase\s+(?:agreement|facility)"
    # investments held by the equity method are no equity of the company's own ("equity method investments")
    r"|method|investments?|investees?|accounted)\b|-accounted\b"
    # "equity loss on investments", "equity in earnings of affiliates": a share of an investee's result, no equity
    r"|\s+(?:(?:loss(?:es)?|income|earnings)\s+(?:on|from|of|in)|in\s+(?:the\s+)?(?:net\s+)?(?:earnings|income|loss(?:es)?))\b",
    re.IGNORECASE,
)


# "cash" before what is paid or received in it names no cash balance: "a cash fee", "cash consideration"
_NON_BEFORE = re.compile(r"\bnon[- ]?$", re.IGNORECASE)
_BASIS_BEFORE = re.compile(r"\b(?:gaap|non-gaap|adjusted|adj\.)\s+$", re.IGNORECASE)
# what may follow "GM" the gross margin: its rate ("GM 64.7%", "GM of ~65%"), or nothing, the words read ending before it
_AN_AMOUNT_AFTER = re.compile(r"\s*(?:$|(?:(?:of|at|was|were)\s+)?[~(+\-−]?\s*\d)")
_QUALIFYING_BEFORE = re.compile(r"\b(?:including|excluding|ex|before|after|without|net\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# Between a metric and "per share" said as its unit: a word or two ("Dividends declared per common share")
# (an amount may come between: "The quarterly cash dividend rose to $1.25 per share")
_UNIT_AFTER_ITS_METRIC = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+){0,2}(?:(?:(?-i:[A-Z]{0,3})[$€£¥][ \t]?|(?-i:EUR|RMB|CHF)[ \t]?)\d[\d,.]*[ \t]+)?", re.IGNORECASE
)
_NET_OF = re.compile(r"\bnet\s+of\s+(?:income\s+)?$", re.IGNORECASE)
_PAID_IN_CASH = re.compile(r"\s+(?:fees?|payments?|consideration|bonus(?:es)?|compensation|settlements?|portion|component)\b", re.IGNORECASE)
# A profit named right before "to shareholders" is the owners' share of it, unless a verb pays it out
# ("returned 50% of earnings to shareholders").
_PROFIT_BEFORE = re.compile(r"\b(?:earnings|income|profit|loss)\s+$", re.IGNORECASE)
_PAID_OUT = re.compile(r"\b(?:return|pa(?:y|id)|distribut|give|gave|hand)", re.IGNORECASE)


def _profit_to_owners(text: str, match: re.Match) -> bool:
    if not match.group(1).lower().startswith("to "):
        return False
    start = match.start(1)
    # the words before ``pos`` too: a reader of a growing prefix asks from its last position
    return bool(_PROFIT_BEFORE.search(text, max(0, start - 12), start)) and not _PAID_OUT.search(
        text, max(0, start - 60), start
    )


_DETERMINER_BEFORE = re.compile(r"\b(?:the|an|any|each|every)\s+$", re.IGNORECASE)
_LISTED_BEFORE = re.compile(r",[^,|\n]{1,40}?\s+and\s+$|,\s+(?:and\s+)?$", re.IGNORECASE)  # "equipment, related infrastructure and other"
_LAST_OF_A_LIST = re.compile(r"\s*(?:\(\d\)|\*)?\s*(?:[|:]|$)")  # the label ends on it


# What sales name, when orders follow them: no revenue ("net sales orders", "sales order backlog")
_ORDERS_AFTER = re.compile(r"\s+orders?\b", re.IGNORECASE)
# A segment's profit said in the words of the company's: "segment earnings", "Segment profit" (not "segment net income")
_BARE_PROFIT_WORDS = frozenset({"earnings", "profit", "profits"})
_SEGMENT_BEFORE = re.compile(r"\bsegments?['’]?\s+$", re.IGNORECASE)
# Verbs of a profit or a loss, a metric only right before its amount (or where the words read are cut at it):
# "earned $74,000", "after losing $1.6 million"
_VERBS_BEFORE_AMOUNT = frozenset({"earned", "lost", "losing", "returned"})
_AMOUNT_OR_END = re.compile(r"\s+" + HEDGED + r"(?:[A-Z]{0,3}[$€£¥]|\d|$)|\s*$")


def metric_matches(
    text: str, pos: int = 0, endpos: int | None = None, *, units: bool = True, joined: list[tuple[int, int]] | None = None
) -> Iterator[tuple[re.Match, str | None]]:
    """Every metric phrase of ``text[:endpos]`` from ``pos`` on, as ``finditer`` scans them,
    with the metric it names, or None for a disposal ("sales of"). ``units=False`` reads "per share" as EPS
    wherever it stands (``_a_unit_of_the_metric_before`` reads the words before it so, once: not again for each
    "per share" of those words). ``joined`` collects the (start, end) of each two phrases read as one ("Share
    repurchases and common stock dividends"), whose second is not yielded."""
    endpos = len(text) if endpos is None else endpos
    skip_to = -1  # the end of a second phrase read with the one before it
    for match in _METRIC_PATTERN.finditer(text, pos, endpos):
        if match.start() < skip_to:
            continue
        phrase = _SIGN_ASIDE_WORDS.sub("", match.group(1)).lower()
        if "\n" in phrase:  # a phrase wrapped over two lines
            phrase = " ".join(phrase.split())
        phrase = phrase.replace(" & ", " and ")
        if phrase == "sales" and (
            _DISPOSAL.match(text, match.end(), endpos)
            or _ASSETS_SOLD.search(text, max(pos, match.start() - 8), match.start())
            or _VALUE_OF_SALES.match(text, match.end(), endpos)
        ):
            yield match, None
            continue
        metric = _PHRASE_TO_METRIC.get(phrase) or _SPELLED_TO_METRIC.get(_spelling(phrase.casefold()))
        if metric is None:  # letters the pattern folds that lower() keeps ("ı"): a phrase of no metric we know
            continue
        if phrase == "other" and _DETERMINER_BEFORE.search(text, max(pos, match.start() - 8), match.start()):
            continue  # "EISG supplied the other $501 million": the rest of a whole, no line called "Other"
        if phrase == "other" and _LAST_OF_A_LIST.match(text, match.end(), endpos) and _LISTED_BEFORE.search(text, max(pos, match.start() - 60), match.start()):
            continue  # "Sales of equipment, related infrastructure and other": the last of what a line lists, no "Other" line
        if metric == "revenue" and _ORDERS_AFTER.match(text, match.end(), endpos):
            continue  # "Net sales orders rose 17% to 2,621": homes ordered, no sales booked
        if metric == "net_income" and phrase.lower() in _BARE_PROFIT_WORDS and _SEGMENT_BEFORE.search(text, max(pos, match.start() - 9), match.start()):
            continue  # "segment earnings (adjusted EBITA)", "Segment profit": a segment's own measure, never the net income
        if metric == "capital_return" and _ATTRIBUTED.search(text, max(pos, match.start() - 16), match.start()):
            continue  # "net income attributable to shareholders" is no return of capital
        if metric == "capital_return" and _profit_to_owners(text, match):
            continue  # "net earnings to shareholders $99 mln": the profit theirs, no return of capital
        if metric == "equity" and _HOLDERS.match(text, match.end(), endpos):
            continue
        if metric == "cash" and _PAID_IN_CASH.match(text, match.end(), endpos):
            continue  # "a cash fee of 10% of gross proceeds": what is paid in cash, not the cash held
        if metric == "cash" and _NON_BEFORE.search(text, max(pos, match.start() - 4), match.start()):
            continue  # "a $57.7 million non-cash gain": no cash at all
        if phrase in _VERBS_BEFORE_AMOUNT and not _AMOUNT_OR_END.match(text, match.end(), endpos):
            continue  # "net earned premiums", "lost customers", "returned to growth": no verb of the amount's metric
        if metric in ("dividend", "buyback") and _a_noun(phrase):
            joined_end = _the_other_return_joined(text, match.end(), endpos, metric)
            if joined_end is not None:  # "Share repurchases and common stock dividends totaled $161 million": both
                metric, skip_to = "capital_return", joined_end
                if joined is not None:
                    joined.append((match.start(), joined_end))
        if phrase == "gm" and not _BASIS_BEFORE.search(text, max(pos, match.start() - 12), match.start()) and not (
            _AN_AMOUNT_AFTER.match(text, match.end(), endpos)
        ):
            # "GM sold 2.7 million vehicles": the carmaker, not a gross margin said with its basis or right before its
            # rate ("GM 64.7% vs 79.6%"; the words up to the rate, "; GM ", end with it)
            continue
        if metric == "revenue" and _NOUN_OF_SALES.match(text, match.end(), endpos):
            continue  # "a $13 million gain on the copper sales hedge program": sales said of another noun, no revenue
        if metric == "foreign_exchange" and _QUALIFYING_BEFORE.search(text, max(pos, match.start() - 12), match.start()):
            continue  # "Including FX impact 5.0%": a growth said with or without what exchange rates did, not their effect
        if units and metric == "eps" and phrase.startswith("per ") and _a_unit_of_the_metric_before(text, match.start()):
            continue  # "Cash dividends per share", "Adjusted EBITDA per share": the unit of the metric before, no EPS
        if metric in BALANCE_METRICS and _made_a_gain_or_loss_on(text, max(pos, match.start() - _GAIN_ON_REACH), match.start()):
            # "Loss on extinguishment of debt", "Gain (Loss) on valuation of financial assets and liabilities - net":
            # what a gain or a loss was made on, no balance of it
            continue
        if metric == "tax" and _NET_OF.search(text, max(pos, match.start() - 16), match.start()):
            continue  # "Notable items, net of income tax benefit": the items' amount after their tax, no tax of its own
        if metric == "operating_income" and _NON_BEFORE.search(text, max(pos, match.start() - 4), match.start()):
            metric = "other"  # "Non-operating loss ... was US$27.8 million": outside operations, the other income
        if (
            _complement_of_metric(text, match.start()) or _taken_in(text, match.start()) or _what_capex_buys(text, match.start(), metric)
            or _source_of_metric(text, match.start())
        ):
            continue  # "interest expense on debt", "capex including leased assets": the metric is the first
        if _cost_of_before(text, match.start()):
            metric = "cost_of_revenue"
        elif metric == "property_and_equipment" and _PAID_FOR_BEFORE.search(text, max(pos, match.start() - 40), match.start()):
            metric = "capex"  # "Payments for acquisition of property, plant and equipment": money spent on it, no balance
        elif metric == "revenue" and _is_segment(text, match.start()):
            metric = "segment_revenue"
        yield match, metric


# A noun that sales qualify, said right after them: a hedge, a team, a tax or a contract of sales is no revenue
_NOUN_OF_SALES = re.compile(
    r"[ \t]+(?:hedg(?:e|es|ing)|force|teams?|taxe?s?|channels?|representatives?|agreements?|contracts?|programs?|cycles?)\b",
    re.IGNORECASE,
)


def _a_unit_of_the_metric_before(text: str, start: int) -> bool:
    """True when a metric other than a profit is named a word or two before ``start`` (``_UNIT_AFTER_ITS_METRIC``), so
    that "per share" there says its unit: "Dividends declared per common share", "Adjusted EBITDA per share". The words
    before are read from the text itself, not from where a reader of a prefix resumed its scan."""
    lower = max(0, start - LONGEST_METRIC_PHRASE - 24)
    named = deque(metric_matches(text, lower, start, units=False), maxlen=1)
    if not named:
        return False
    last = named[0]
    if last[1] in (None, "net_income", "eps"):
        return False
    return _UNIT_AFTER_ITS_METRIC.fullmatch(text, last[0].end(), start) is not None


_FIRST_RUN = re.compile(r"[a-z0-9]+")


def metric_keywords(metric: str) -> tuple[str, ...]:
    """Words (lower case) one of which every name of ``metric`` that ``metric_matches`` finds holds, for
    ``keywords.may_hold``: each phrase's first run of letters and digits, which its pattern matches as
    printed, in either case (``_phrase_tokens``). ``metric_keywords("gross_margin")`` is ``("gm", "gross")``:
    a label without "gross" or "gm" names no gross margin."""
    words = set()
    for phrase in _METRIC_PHRASES[metric]:
        first = _FIRST_RUN.match(phrase)
        assert first is not None, phrase  # every phrase opens with a letter (``_METRIC_PATTERN``)
        words.add(first.group())
    return tuple(sorted(words))


def metrics_in(text: str) -> list[tuple[int, str]]:
    """Every metric named in ``text``: (offset, canonical metric), in order.

    "Sales of" something is a disposal ("proceeds from sales of securities"), not revenue;
    "cost of" a revenue line is a cost ("Cost of clinical materials reimbursed").
    """
    return list(_metrics_in(text))


@lru_cache(maxsize=16384)  # row labels, column headers and clauses are read again and again
def _metrics_in(text: str) -> tuple[tuple[int, str], ...]:
    return tuple((match.start(), metric) for match, metric in metric_matches(text) if metric)


# a whole word (not the "Q" of "4Q Rev"), an abbreviation in parentheses after it passed over: "Cloud (IaaS plus SaaS)
# Revenue", "Infrastructure cloud (IaaS) revenue"
_WORD_BEFORE = re.compile(r"(?<![\w&-])([A-Za-z][\w&-]*)(?:[ \t]+\([^()\n]{1,24}\)[ \t]+|\s+)$")
_NOT_SEGMENT = frozenset(
    "total net consolidated quarterly record gaap non-gaap reported adjusted annual full-year fiscal group "
    "company operating first second third fourth fourth-quarter third-quarter second-quarter first-quarter "
    "quarter year full the our its their "
    # words that open a sentence about the company's revenue, not a segment's
    "strong solid robust higher lower overall organic comparable core underlying recurring cumulative average "
    "gross sequential recognized recognised combined aggregate this that these those such while and but also as so in "
    "for during "
    # a change column's heading over its metric: "Year/Year Change Revenue", "Sequential Change Revenue"
    "change changes growth variance".split()
)


def _is_segment(text: str, start: int) -> bool:
    """True when a capitalised name qualifies "revenue" ("Automotive revenue", "Canada
    revenues"), so that it is a segment's, not the company's."""
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not word or not word.group(1)[0].isupper() or word.group(1).lower() in _NOT_SEGMENT:
        return False
    if period_in(word.group(1)).length:  # "First-half revenue", "Nine-month revenue": a period, not a name
        return False
    # at a sentence's start as elsewhere, as claims are read ("Automotive revenue was ..."):
    # only a word that qualifies the company's revenue ("Total", "Strong") is no name
    return not any(character.isdigit() for character in word.group(1))  # "Q4 revenue"


# "net revenues" read whole, as the release's metric phrase is: "prestige q4 net revenues" names Prestige's
_REVENUE_WORD = re.compile(r"\b(?:net revenues?|revenues?|net sales|sales|revs?)\b", re.IGNORECASE)  # a note's "cloud rev"


def names_segment_revenue(claim: str, source: str = "") -> bool:
    """True when a claim names a segment's revenue: a capitalised name right before "revenue",
    at the start of the claim too ("Gaming revenue was $3.3 billion", "Mounjaro revenue nearly
    doubled"), not a word that qualifies the company's ("Total", "Quarterly", "GAAP"); or a
    word in lower case that ``source`` (the release) names so ("subscription revenue" where
    the release prints "Subscription Revenue"), as claims are often written."""
    for match in _REVENUE_WORD.finditer(claim):
        word = _WORD_BEFORE.search(claim, max(0, match.start() - 40), match.start())
        # "Nine-month revenue", "Six-month sales": a period, not a segment
        if not word or word.group(1).lower() in _NOT_SEGMENT or period_in(word.group(1)).length:
            continue
        if word.group(1)[0].isupper() or (source and _names_segment(source, word.group(1))):
            return True
    return False


_LONGEST_SEGMENT_NAME = 3  # words


def segment_name_words(text: str) -> tuple[str, ...]:
    """The words that name a segment right before the last "revenue" or "sales" of ``text`` (a claim's clause before its
    number), at most three, in order and lower case: ("infrastructure", "cloud") for "Infrastructure cloud (IaaS)
    revenue grew ", ("gaming",) for "Gaming revenue was "; none for the company's ("total revenue", "Q4 revenue",
    "NVIDIA's revenue"): the words stop at a word that qualifies the company's revenue, a period, a number or an owner."""
    last = deque(_REVENUE_WORD.finditer(text), maxlen=1)
    if not last:
        return ()
    end, words = last[0].start(), list[str]()
    while len(words) < _LONGEST_SEGMENT_NAME:
        before = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if before is None:
            break
        word = before.group(1).lower()
        owner = text[before.start(1) - 1 : before.start(1)] in ("'", "’")  # the "s" of "NVIDIA's"
        if owner or word in _NOT_SEGMENT or word in _LINKS or any(c.isdigit() for c in word) or period_in(word).length:
            break
        if word not in _WHAT_A_SEGMENT_IS:  # "Imaging segment revenue": the name is "Imaging"
            words.append(word)
        end = before.start()
    return tuple(reversed(words))


# words that end a name read back from "revenue": "with China ICL sales", "expects ICL sales", "of Gaming revenue"
_LINKS = frozenset(
    "with of to by on at from a an its our their his her was were is are be been has have had sees expects expected "
    "reported posted generated delivered including excluding ex plus less than".split()
)
_WHAT_A_SEGMENT_IS = frozenset({"segment", "segments", "business", "businesses", "division", "unit", "product", "products"})


@lru_cache(maxsize=64)
def revenue_line_words(source: str) -> frozenset[str]:
    """Every word ``source`` (a release) names a revenue line by (``segment_name_words`` before each "revenue" or
    "sales" it prints): the words a claim's segment name is checked by, not a verb or an owner the claim says before
    its "revenue" ("STAAR expects ICL sales": "icl" is a line's word, "expects" none)."""
    words: set[str] = set()
    for match in _REVENUE_WORD.finditer(source):
        words.update(segment_name_words(source[max(0, match.start() - 80) : match.end()]))
    return frozenset(words)


@lru_cache(maxsize=1024)
def _names_segment(source: str, word: str) -> bool:
    """True when ``source`` names ``word``, capitalised, right before "revenue" or "sales"."""
    if not word.islower() or any(character.isdigit() for character in word):
        return False
    # capitalised or in capitals, as the release prints it: "icl sales" where it prints "ICL sales"
    named = re.compile(rf"(?<![\w&-])(?=[A-Z])(?i:{re.escape(word)})\s+(?i:net revenues?|revenues?|net sales|sales)\b")
    return named.search(source) is not None


def primary_length(text: str) -> str:
    """The period a release mainly reports on, from its opening: the quarter when it names
    one (a fourth-quarter release names the fiscal year too), else what it names first."""
    opening = text[:1500]
    lengths = dict(_LENGTHS)
    if lengths["quarter"].search(opening):
        return "quarter"
    return period_in(opening).length


# "Gecina: 2024 Earnings", "Results for 2024": results named by a bare year are the year's
_YEAR_RESULTS = re.compile(
    r"\b(?:19|20)\d{2}\s+(?:annual\s+)?(?:earnings|results)\b|\b(?:earnings|results)\s+(?:for\s+)?(?:19|20)\d{2}\b", re.I
)


def names_year_results(text: str) -> bool:
    """True when the opening of ``text`` names results by a bare year ("2024 Earnings"): a
    release that names no shorter period reports on the year."""
    return _YEAR_RESULTS.search(text[:1500]) is not None


# A claim about the first may cite a source that names the second, not the reverse:
# "Canada revenues rose 4.6%" may cite "revenues ... increased 4.6 percent" in Canada's paragraph.
_NARROWER = {("segment_revenue", "revenue")}
# The measure a narrower one is a kind of, as a release may name it when it compares: "Online sales decreased 9.2
# percent to $128.0 million ..., compared to net sales of $141.0 million" (the online net sales of a year before)
_KIND_OF = {"segment_revenue": "revenue", "online_sales": "revenue"}


def broader_metric(metric: str) -> str | None:
    """The measure ``metric`` is a kind of (``_KIND_OF``), if any."""
    return _KIND_OF.get(metric)


def metrics_compatible(claimed: str, found: set[str], *, unknown_fits: bool = True) -> bool:
    """True when a claim about ``claimed`` can be backed by a source naming ``found``.

    A source that names no metric fits only when ``unknown_fits``: running text often
    names its subject far from the number, a table row never does.
    """
    if not found:
        return unknown_fits
    return claimed in found or any(
        frozenset({claimed, other}) in _RELATED or (claimed, other) in _NARROWER for other in found
    )


# A period named between "of" and the whole a share is taken of: "58% of Q1 net sales", "1.1% of Q4 revenue", "of
# fourth-quarter sales"
WHOLE_PERIOD = r"(?:(?:Q[1-4]|[1-4]Q(?:\d{2})?|(?:first|second|third|fourth)[- ]quarter|quarterly|annual|full[- ]year)\s+)?"


# "margin" right after a percentage, no profit named between: "at a 13.8% margin" (of a profit the words leave
# unnamed)
BARE_MARGIN_AFTER = re.compile(r"[ \t]*(?:%|percent)?[ \t]+margins?\b", re.IGNORECASE)


# The metrics a margin is taken of: a profit, or cash earned ("a 20% margin" after "EBITDA of $2 million").
MARGIN_METRICS = frozenset(
    {"gross_margin", "operating_income", "net_income", "ebitda", "pretax_income", "free_cash_flow", "operating_cash_flow"}
)


# A bank's capital ratios and a borrower's leverage: levels at a date, percentages or multiples, never money.
CAPITAL_RATIO_METRICS = frozenset({"cet1_ratio", "tier1_ratio", "total_capital_ratio", "leverage_ratio"})
# Balances at a date, not flows over a period: a period length does not apply to them.
BALANCE_METRICS = frozenset(
    {"cash", "deposits", "loans", "assets", "equity", "debt", "book_value", "tangible_book_value", "aum",
     "inventory", "receivables", "liabilities", *CAPITAL_RATIO_METRICS, "shares", "backlog", "working_capital",
     "marketable_securities", "short_term_investments", "goodwill", "property_and_equipment", "buyback_authorization",
     "annual_recurring_revenue", "retained_earnings", "deferred_revenue", "tax_balance", "revenue_retention",
     "credit_allowance"}
)  # fmt: skip


# Money paid out or spent, which a statement prints in parentheses and analysts write as a plain amount:
# "capital expenditures of $146 million" is the cell "(146)", "G&A of $21.7 million" the cell "(21,709)".
OUTFLOW_METRICS = frozenset(
    {"capex", "dividend", "impairment", "buyback", "capital_return", "operating_expenses", "research_and_development", "sales_and_marketing",
     "general_and_administrative", "cost_of_revenue", "stock_compensation", "acquired_research", "debt_repayment"}
)  # fmt: skip


# Metrics that are not amounts of money: a table row naming any other metric ("Total revenue",
# "Net (loss) income") holds money even where the statement prints "$" on its first row only.
NOT_MONEY_METRICS = frozenset(
    {"eps", "shares", "production", "units", "passengers", "net_interest_margin", *CAPITAL_RATIO_METRICS, "efficiency_ratio",
     "return_on_equity", "return_on_tangible_equity", "return_on_assets", "comparable_sales", "gross_margin", "other",
     "revenue_retention"}
)  # fmt: skip


# Metrics a call's amount said without its currency is not money of ("between 200 million and 225 million" of capital
# expenditures, not of shares, production, assets under management, backlog, deposits or loans counted aloud).
NOT_SPOKEN_MONEY_METRICS = NOT_MONEY_METRICS | {"buyback", "aum", "backlog", "deposits", "loans"}


# A scale caption's exception: "(in millions, except per share amounts)", "(in millions, except LNG data)"
CAPTION_EXCEPTION = re.compile(r"\bexcept\b[^)|]*", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_PER_UNIT = re.compile(r"\bper[- ][a-z]+")
# what every caption's exception may say of units, not of rows: "except per share data and percentages"
_UNIT_WORDS = frozenset(
    "except for and or per share shares data amounts amount information values value earnings eps percentages percentage "
    "ratio ratios as where otherwise noted indicated stated par unaudited the which are in numbers may not add due to "
    "rounding thousands millions billions reflected common of number".split()
)


def words_of(text: str) -> frozenset[str]:
    """The lower-case words of ``text``."""
    return frozenset(_WORD.findall(text.lower()))


def caption_excepted_words(caption: str) -> frozenset[str]:
    """The words naming rows a table's scale caption excepts, past units: {"lng"} of "except LNG data";
    none of "except per MT data" (per-unit rows say so themselves: "Sales volume (in thousands of MT)")."""
    exception = CAPTION_EXCEPTION.search(caption.split("|")[0])
    return words_of(_PER_UNIT.sub(" ", exception.group(0).lower())) - _UNIT_WORDS if exception else frozenset()


# Metrics whose percentages are changes by definition: "International Operated Markets | 1.5%" under
# "Comparable sales" is how much the market's sales grew, whatever its column says
GROWTH_METRICS = frozenset({"comparable_sales"})


# Metrics that are rates whatever a table's scale caption says: "ROTCE | 15.3" under "($ in millions)"
RATE_METRICS = frozenset(
    {"net_interest_margin", "efficiency_ratio", "return_on_equity", "return_on_tangible_equity", "return_on_assets"}
)


# The words of each phrase of a rate metric ("net", "interest", "margin"; "roe"), but "and" (also printed "&"), hyphens
# apart: the metric pattern matches a word's letters as themselves (case aside), so a label naming a rate holds every
# word of one of its phrases; most labels ("Total assets", "Gross margin") hold no phrase's every word. A phrase whose
# words hold another's ("return on average equity" those of "return on equity") is left out: the other is tested.
_RATE_WORD_SETS = {frozenset(phrase.replace("-", " ").split()) - {"and"} for metric in RATE_METRICS for phrase in _METRIC_PHRASES[metric]}
_RATE_PHRASE_WORDS = tuple(sorted(tuple(sorted(words)) for words in _RATE_WORD_SETS if not any(other < words for other in _RATE_WORD_SETS)))


def names_rate(label: str) -> bool:
    """Whether a row label names only metrics that are rates (``RATE_METRICS``): not "Adjusted net
    earnings for ROE (numerator)".

    Asked of every row of a scaled table: a label that holds no rate phrase's every word (``_RATE_PHRASE_WORDS``)
    names no rate, and its metrics are not read (a search of the metric pattern, ~10 us a label)."""
    if not may_hold_all_of(label, _RATE_PHRASE_WORDS):
        return False
    metrics = {metric for _, metric in metrics_in(label)}
    return bool(metrics) and metrics <= RATE_METRICS


def may_be_money(label: str) -> bool:
    """Whether a row of a column of money ("$" printed on its first row and totals) is money too,
    as a scale caption makes every unlabelled row: unless its label names a metric that is no
    amount ("Gross margin" may be a rate; "Gross profit" and "Other income" are amounts)."""
    metrics = {metric for _, metric in metrics_in(label)} - {"other"}
    if "profit" in label.lower():
        metrics.discard("gross_margin")
    return not metrics & NOT_MONEY_METRICS


def metric_for_unit(metric: str | None, per_share: bool) -> str | None:
    """"Earnings" of a per-share amount are earnings per share."""
    return "eps" if per_share and metric == "net_income" else metric


@quick_init
@dataclass(frozen=True, slots=True)
class Period:
    """What words say of a period: its length, whether it is the comparison period, and when it ends.

    ``length`` is ``quarter``, ``half``, ``nine_months``, ``year`` or ``""`` (not said);
    ``prior`` is True for "a year ago", "prior year", "same period last year", False
    for "this quarter", "current", and None when nothing is said; ``end`` is a sortable
    (year, month, day) where a column header dates it (month or day 0 when not said).
    """

    length: str = ""
    prior: bool | None = None
    end: tuple[int, int, int] | None = None


# A change "over 12 months" is counted against a year before, no year's flow: "variation over 12 months (-0.5pts)".
# (a line's end may stand between the words: "for the twelve\n months ended", a wrapped fixed-width line; or
# no space at all, as a PDF's text gives it: "For the SixMonths Ended"). An amount "per year" or "annually" is a
# year's, as an "annual" one is: "targeting up to $50 million of savings per year" (not an annual test or review:
# "The annual impairment test as of 30 September 2025 resulted in ... impairments totaling EUR 1.4 million" is the quarter's). "For the half" is the half-year
# an analyst writing on a half speaks of ("$132.5 million for the half less Q2's $87.4 million"), not "half of".
_LENGTHS = (
    ("year_to_date", re.compile(r"\byear[-\s]\s*to[-\s]\s*date\b|\bYTD(?:\d{2})?\b", re.I)),
    ("nine_months", re.compile(r"\bnine[-\s]*months?\b|\bfirst[-\s]+three[-\s]+quarters\b|\bJan(?:uary)?[-–]Sep(?:tember)?\b|\b9[-\s]\s*months?\b|\bthirty[-\s]\s*nine[-\s]\s*weeks?\b|\b39[-\s]\s*weeks?\b|(?<![.,$€£¥])(?<!(?:EUR|USD|GBP|CHF|RMB|CNY|SEK|NOK|DKK|CAD|AUD|JPY|HKD)\s)\b9M(?:\d{2}|'\d{2})?\b", re.I)),  # not "$18.9m", "EUR 9m"
    ("half", re.compile(r"\bsix[-\s]*months?\b|\bfirst[-\s]+two[-\s]+quarters\b|\b6[-\s]\s*months?\b|\bfirst[-\s]\s*half\b|\bsecond[-\s]\s*half\b|\bhalf[-\s]\s*year\b|\b(?:for|in|during|over) the half\b(?![- ](?:of|a|an)\b)|\btwenty[-\s]\s*six[-\s]\s*weeks?\b|\b26[-\s]\s*weeks?\b|\b[12]H(?:\d{2})?\b|\bH[12]\b|(?<![.,$€£¥])(?<!(?:EUR|USD|GBP|CHF|RMB|CNY|SEK|NOK|DKK|CAD|AUD|JPY|HKD)\s)\b6M(?:\d{2}|'\d{2})?\b", re.I)),
    ("year", re.compile(r"\bfull[-\s]\s*year\b|\bfull\s+(?:fiscal\s+)?(?:'\d{2}|(?:19|20)\d{2})\s+year\b|\bFY\b(?![ '-]*\d(?![\d.]*\s?%))(?! ?Q)|(?<!\bover\s)(?:\btwelve[-\s]*months?\b|\b12[-\s]\s*months?\b)|\btrailing[-\s]+(?:4|four)[-\s]+quarters?\b|\bannual\b(?!\s+(?:growth\s+|run[-\s])?rate\b)(?!\s+(?:(?:goodwill\s+)?impairment\s+)?(?:test(?:ing)?|review)s?\b)|\bannually\b|\bper year\b|\b(?:for|during) the year\b|(?<!\bearly )(?<!\blate )(?<!\blater )\bin the year\b(?![- ](?:ago|earlier|before|prior|to)\b)|\bover the (?:full |fiscal )?year\b(?![- ](?:ago|earlier|before|to\b))|\byears? ended\b|\bJan(?:uary)?[-–]Dec(?:ember)?\b|\bfifty[-\s]\s*two[-\s]\s*weeks?\b|\b5[23][-\s]\s*weeks?\b|\b12M'\d{2}\b", re.I)),  # "12M'24": not "$12M"
    # "a quarter of the firm's total", "three quarters of revenue", "about three-quarters of the total": a fraction,
    # not a period
    # "as of quarter-end", "at the end of the quarter": a date, as "at year-end" is, no length
    ("quarter", re.compile(r"\b(?!(?:(?<=\ba )|(?<=\bone[ -])|(?<=\bthree[ -]))quarters? of\b)(?<!\bend of the )quarter(?:s|ly)?\b(?![-\s]+end\b)|\b(?:Jan|Apr|Jul|Oct)[a-z]*[-–](?:Mar|Jun|Sep|Dec)[a-z]*\b|\bthree[-\s]*months?\b|\b3[-\s]\s*months?\b|\bthirteen[-\s]\s*weeks?\b|\b1[34][-\s]\s*weeks?\b|\bQ[1-4]\b|\b[1-4]Q(?:\d{2})?\b", re.I)),
    ("year", re.compile(r"\bfiscal (?:year )?(?:19|20)\d{2}\b|\b(?:fiscal|financial)[- ]year\b(?! quarter)|\bfinancial year (?:19|20)\d{2}\b|\bFY ?'?\d{2,4}\b(?! ?Q)"
               # a year's flow said by its end, as Canadian wires write it: "For YE 2024, lease bonus consideration totaled"
               r"|\bYE ?(?:'\d{2}|(?:19|20)\d{2})\b", re.I)),
)  # fmt: skip
LENGTH_PATTERNS = _LENGTHS  # for readers of a growing prefix (summarizer.text.prefixes)
# Every match of the ``_LENGTHS`` patterns holds one of these (``keywords.may_hold``): words
# without any name no length, and are not searched (every number of a sentence asks).
LENGTH_WORDS = (
    "year", "ytd", "month", "week", "9m", "6m", "half", "1h", "2h", "h1", "h2", "annual", "jan", "apr", "jul", "oct",
    "quarter", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "fiscal", "fy", "ye",
)  # fmt: skip
# The words every match of each ``_LENGTHS`` pattern holds, in its order (``keywords.search_in_runs``): "12M'24" holds
# none of ``LENGTH_WORDS``, and its pattern is searched where one of its own words stands.
LENGTH_PATTERN_WORDS = (
    ("year", "ytd"),
    ("month", "jan", "week", "9m", "quarters"),
    ("month", "half", "week", "1h", "2h", "h1", "h2", "6m", "quarters"),
    ("year", "fy", "month", "annual", "jan", "week", "12m", "trailing"),
    ("quarter", "jan", "apr", "jul", "oct", "month", "week", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),
    ("fiscal", "year", "fy", "ye"),
)  # fmt: skip
PRIOR_PHRASE = re.compile(
    r"\b(?:a )?year[- ](?:ago|earlier|before)\b|\bprior[- ](?:year|period|quarter|fiscal)\b|\blast year\b"
    r"|\bsame (?:period|quarter) (?:of |in )?(?:last|the prior|a|the previous) year\b|\bprevious (?:year|quarter|period)\b"
    # "against $38.8 billion in the same period of fiscal 2024": the period a figure is set against, whatever its year
    r"|\bsame (?:period|quarter) (?:of|in) (?:fiscal |FY ?)(?:19|20)?\d{2}\b"
    r"|\bpreceding (?:year|quarter|period)\b|\blinked quarter\b"
    r"|(?<![\w/])(?:LY|PY)(?![\w/])",  # a wire's "vs $291m LY", "vs PY": last year, the prior year
    re.IGNORECASE,
)
# Every match of PRIOR_PHRASE holds one of these (``keywords.may_hold``).
PRIOR_WORDS = ("year", "prior", "previous", "preceding", "linked", "ly", "py", "same")
# Words that introduce the comparison figure: "compared with net income of $309 million".
# "from continuing operations", "income from operations", "cash from operating activities"
# name a metric, not the comparison; nor does "from" before a verb's -ing: "Stock compensation from adopting SFAS
# 123(R) added $0.6 million", "revenue from existing customers".
_RESULT_WORD = r"(?:an?\s+|the\s+|its\s+)?(?:net|operating|income|profits?|gains?|loss(?:es)?|earnings|ebitda|adjusted|positive|negative)\b"
COMPARISON_LINK = re.compile(
    # (a cause's "from" is no comparison: "rose to $5.3 million, mainly from a $4.7 million partial charge-off")
    r"\b(?:compar(?:e|es|ed) (?:to|with)|versus|vs\.?"
    r"|(?<!mainly )(?<!primarily )(?<!largely )(?<!mostly )(?<!partly )(?<!chiefly )"
    # (nor is "from" before an -ing word, "from operations" or "from operating activities"; but "swung to an operating
    # loss of $27.9 million from operating income of $10.4 million" compares)
    r"from(?!\s+(?:(?:continuing|discontinued)\s+)?(?:operations|ops)\b"
    r"|\s+(?!operating\s+(?:income|profit|loss(?:es)?|margin|earnings)\b)[a-z]+ing\b)"
    # what a gain or a loss came from, named in words ("a loss from fair value changes of investments of US$22.8
    # million"), not the amount or the result it came from ("net loss from $7.2 million to $3.1 million", "swung to a
    # net loss from net income of $15 million")
    + "".join(rf"(?!(?<={noun} from)\s+(?!{_RESULT_WORD})[A-Za-z])" for noun in ("loss", "losses", "gain", "gains", "income", "proceeds"))
    + r"|relative to"
    # (what a result is set against may be a plan: "$100 million ... against a full-year target of $100 million to $150
    # million" is the target's)
    r"|against(?!\s+(?:an?|its|the|their|our)\s+(?:[\w-]+\s+){0,2}(?:target|goal|plan|budget|guidance|outlook)\b)"
    # a level said to stay where the earlier one was: "EUR 1.274 billion, nearly level with EUR 1.282 billion"
    r"|(?:level|flat|unchanged) with"
    # a level said to be near the earlier one: "Nine-month revenue of EUR 1.274bn was close to the prior year's" (not a
    # bound: "close to $5 million")
    r"|close to(?=\s+(?:the|its|their|our|last)\b)"
    # a level said to be like the earlier one: "general and administrative expenses of $2.3 million comparable to the
    # same period last year" is this quarter's
    r"|comparable (?:to|with)|similar to"
    # what a figure took the place of: "a US$27.8 million non-operating loss replaced last year's US$12.8 million"
    r"|replac(?:ed|ing|es)(?=\s+(?:the|its|their|our|last|a)\b|\s+(?:[\w-]+\s+){1,3}of\s)"  # "replaced non-operating income of"
    # what a figure is said to exceed or fall short of, said with its determiner: "$355 million lower than the $2,028
    # million for the third quarter of 2021" (not a bound: "more than $1 billion", "greater than 10% growth")
    r"|(?:higher|lower|smaller|larger|wider|narrower) than(?=\s+(?:the|its|their|our|last)\b)"
    # or to stand below or above, said of an earlier period's: "EUR 437.4 million was slightly below the prior year's
    # EUR 443.1 million" (not a plan's: "above the top of its guidance range")
    r"|(?:below|above|ahead\s+of|short\s+of|behind)(?=\s+(?:(?:the|its|their|our)\s+(?:prior|previous|year-ago|same)|last)\b)"
    # a multiple of the earlier figure: "more than triple the $326.7 million, or $0.13, of Q2 2025"
    r"|(?:double|triple|quadruple|twice|(?:two|three|four|five) times)(?=\s+(?:the|its|their|our|last)\b)"
    # or to be the same as it: "$4.27 a diluted share, matching the $4.27 of a year earlier"
    r"|(?:match(?:ing|ed|es)|equal(?:l?ing|l?ed|s))(?=\s+(?:the|its|their|our|last)\b)"
    # the value a figure had before, right before its amount: "raised to 19.0 - 24.0% (previously 15.2 - 20.8%)"
    r"|previously(?=:?\s*(?:[A-Z]{3}\s?|[A-Z]{0,3}[$€£¥])?\s*$)"
    # "(was $12.25-$12.75)", "(prior $35.50 to $37.00)", "at the bottom of its prior $92.0-94.0 billion range": the
    # earlier value, said right before its amount
    r"|(?<=\()(?:was|prior|previous|previously)(?=:?\s*(?:[A-Z]{0,3}[$€£¥])?\s*$)"
    r"|(?<=its |the )(?:previous|prior|earlier|original)(?=\s*(?:[A-Z]{0,3}[$€£¥])?\s*$))\b",
    re.IGNORECASE,
)
# A change set right after its amount "on" the earlier figure, said to be earlier: "an improvement of EUR 36.1m on the
# restated loss of", "up 5% on last year's" (not "a gain of $5 million on the sale of"); matched at the words right after
# the amount (no ``COMPARISON_WORDS`` gate holds "on", a piece of most words)
ON_THE_EARLIER = re.compile(
    r" on(?=\s+(?:(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:prior|previous|restated|year-ago|year-earlier)|last)\b)",
    re.IGNORECASE,
)
COMPARISON_WORDS = ("compar", "versus", "vs", "from", "against", "relative", "level", "flat", "unchanged", "close", "than", "replac", "similar", "double", "triple", "quadruple", "twice", "times", "match", "equal", "previous", "was", "prior", "earlier", "original", "below", "above", "ahead", "short", "behind")  # every match of COMPARISON_LINK holds one
_CURRENT = re.compile(r"\bthis (?:quarter|year|period)\b|\bcurrent (?:fiscal )?(?:quarter|year|period)\b", re.I)


_QUARTER_NAME = re.compile(
    rf"\b({QUARTER_ORDINAL})[- ]quarter\b|\bQ([1-4])\b|\b([1-4])Q(?:\d{{2}})?\b", re.IGNORECASE
)


def fiscal_quarter_in(text: str) -> int | None:
    """The number of the first quarter ``text`` names: "second quarter" and "Q2" are 2."""
    match = _QUARTER_NAME.search(text)
    return _quarter_number(match) if match else None


def _reported_quarter_named(text: str) -> re.Match | None:
    """The first quarter's name ``text`` says as reported, not as an outlook's: Golden Matrix's title "Reports Record
    2024 Revenues and Forecasts up to 80% Revenue Growth in Q1 2025" names no quarter it reports."""
    for match in _QUARTER_NAME.finditer(text):
        if not _OUTLOOK_OF_A_QUARTER.search(text, max(0, match.start() - _OUTLOOK_REACH), match.start()):
            return match
    return None


def reported_quarter_in(text: str) -> int | None:
    """The number of the first quarter ``text`` names as reported (``_reported_quarter_named``)."""
    match = _reported_quarter_named(text)
    return _quarter_number(match) if match else None


def reported_fiscal_year_in(text: str) -> int | None:
    """The fiscal year said beside the first quarter ``text`` names as reported ("Third Quarter Fiscal 2025", "Q2
    FY26"): the year a claim's "Q3 FY24" is counted against, where a company's fiscal year is named after another
    calendar year than its quarters end in. None where no fiscal year is said beside it."""
    match = _reported_quarter_named(text)
    if match is None:
        return None
    said = _FISCAL_YEAR_LABEL.search(text, max(0, match.start() - _FISCAL_YEAR_REACH), match.end() + _FISCAL_YEAR_REACH)
    return 2000 + int(said.group(1)) % 100 if said else None


_FISCAL_YEAR_LABEL = re.compile(r"\b(?:fiscal(?:\s+year)?\s+|FY\s?'?)((?:19|20)\d{2}|\d{2})\b", re.IGNORECASE)
_FISCAL_YEAR_REACH = 20  # how far from the quarter's name its fiscal year may be said: "Fiscal 2025 Third Quarter"


# a word of an outlook, then the quarter it is for in the same clause: "Forecasts up to 80% Revenue Growth in Q1 2025",
# "expects second-quarter revenue of"
_OUTLOOK_OF_A_QUARTER = re.compile(
    r"\b(?:forecasts?|forecasting|expects?|expected|expecting|guidance|guides|outlook|sees|projects?|anticipates?)\b"
    r"[^.;:!?\n]*$",
    re.IGNORECASE,
)
_OUTLOOK_REACH = 60  # how far before the quarter's name the outlook's word may stand


def _quarter_number(match: re.Match) -> int:
    """The number of the quarter a match of ``_QUARTER_NAME`` names."""
    return QUARTER_ORDINALS[match.group(1).lower()] if match.group(1) else int(match.group(2) or match.group(3))


# What makes the quarter named next the one compared with: "up 20 basis points from the fourth quarter", "flat
# with the fourth quarter", "compared to second quarter production of 92,600 boe", "versus Q1".
_AMOUNT_SAID = r"\S{0,4}\d[\d.,]*(?:\s?(?:million|billion|thousand|mln|bln|bn|m)\b)?"  # "$19.7 million", "NT$2.13"
_COMPARED_QUARTER = re.compile(
    r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against|relative\s+to|than|over|with|since)\s+"
    r"(?:(?:the|our|a|last|prior|previous|preceding|year's|year-ago|fiscal|calendar)\s+){0,3}$"
    # the quarter of an amount compared with, or of the next one of its list: "Net income rose from about $19.7 million
    # in the first quarter", "NT$2.07 ..., compared to NT$2.13 for 4Q23 and NT$2.18 for 3Q24"
    rf"|\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against)\s+{HEDGED}{_AMOUNT_SAID}"
    rf"(?:\s+(?:in|for|during)\s+(?:the\s+)?\S+(?:\s+\S+){{0,2}}?,?\s+(?:and|or)\s+{HEDGED}{_AMOUNT_SAID})?"
    r"\s+(?:in|for|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def quarters_named(text: str, compared: bool = True) -> frozenset[int]:
    """The numbers of the quarters ``text`` names: "Q3 sales rose 2% from the second quarter" names 3 and 2;
    without those it names as the one compared with (``compared=False``), 3."""
    return frozenset(
        _quarter_number(m)
        for m in _QUARTER_NAME.finditer(text)
        if compared or not _COMPARED_QUARTER.search(text, max(0, m.start() - 60), m.start())
    )


def lengths_compatible(claimed: str, found: str) -> bool:
    """Whether a claim about a period of length ``claimed`` may cite one of length ``found``:
    the same length, or year-to-date against the half or nine months it is at that point."""
    if claimed == found:
        return True
    return "year_to_date" in (claimed, found) and {claimed, found} <= {"year_to_date", "half", "nine_months"}


def nearest_length(text: str) -> str:
    """The length of the period phrase that ends last in ``text`` (the words before a number):
    "$5 million per quarter in the second half of 2025, resulting in a full-year fiscal 2025
    loss of $50 million" -- the year's, where ``period_in`` ranks the half first. A fiscal year's
    name ("fiscal 2025", "FY26") only dates a length said before it ("third-quarter fiscal 2025",
    "first half fiscal 2006", maybe cut off before the words), so it does not count here."""
    if not may_hold(text, LENGTH_WORDS):
        return ""
    held = may_hold_each(text, LENGTH_PATTERN_WORDS)  # a pattern none of whose words is said is not searched
    # of two ending together, the longer phrase: "the first three quarters" is nine months, not a quarter
    ends = [
        (match.end(), -match.start(), name)
        for (name, pattern), said in zip(_LENGTHS[:-1], held) if said for match in pattern.finditer(text)
    ]  # fmt: skip
    return max(ends)[2] if ends else ""


_ANY_LENGTH_WORD = tuple(dict.fromkeys(word for words in LENGTH_PATTERN_WORDS for word in words))
_LONG_WORDS = 1024  # words longer than this are searched for a length only in the runs of its words


def lengths_named(text: str) -> set[str]:
    """Every period length ``text`` names ("Fiscal 2022 Fourth Quarter and Fiscal Full Year": quarter and year), a
    fiscal year's name aside ("fiscal 2022" dates a length, ``nearest_length``)."""
    if not may_hold(text, LENGTH_WORDS):
        return set()
    return {name for name, pattern in _LENGTHS[:-1] if pattern.search(text)}


def length_in(text: str) -> str:
    """``period_in(text).length``, without the comparison searches nor the cache for long words (a hostile
    "sentence" of a table of thousands of rows)."""
    if not may_hold(text, _ANY_LENGTH_WORD):
        return ""
    if len(text) <= _LONG_WORDS:
        return period_in(text).length
    return _length_named(text)


def _length_named(text: str) -> str:
    """The first length of ``_LENGTHS`` that ``text`` names, each pattern searched only in the runs of text that hold
    its words (``keywords.search_in_runs``): tried at every character, one took ~0.1-0.5 us a character."""
    return next((name for (name, pattern), words in zip(_LENGTHS, LENGTH_PATTERN_WORDS) if search_in_runs(pattern, words, text)), "")


_CURRENT_WORDS = ("this", "current")  # every match of _CURRENT holds one


@lru_cache(maxsize=16384)  # column headers and clauses are read again and again (a Period is frozen)
def period_in(text: str) -> Period:
    """The period ``text`` speaks of (a clause, a column header)."""
    length = _length_named(text) if may_hold(text, _ANY_LENGTH_WORD) else ""
    if may_hold(text, PRIOR_WORDS) and PRIOR_PHRASE.search(text):
        return Period(length, True)
    return Period(length, False if may_hold(text, _CURRENT_WORDS) and _CURRENT.search(text) else None)


_DOWN = re.compile(
    r"(?:fell|fall(?:ing|s)?|declin(?:ed|e|es|ing)|decreas(?:ed|e|es|ing)|down|lower|dropped|drop|shrank|"
    r"contract(?:ed|ing|ion)|reduc(?:ed|tion)|slipped|slid|plunged|tumbled|narrowed|compressed|cut|lowered|slashed|trimmed|shrunk|"
    r"slump(?:ed|s)?|sank|sinks|dipped|dips|plummet(?:ed|s)|retreated|slides|slips|plunges|tumbles|narrows|"
    # a headline's present with a plural subject: "net sales slip 2%", "margins narrow 40 bps"
    r"slip|dip|sink|slide|plunge|tumble|narrow|drops|shrinks?|retreats?|eas(?:e|es|ed)|sag(?:s|ged)?|"
    # a participle after the clause's own verb: "nearly halved, dropping 48% to $1.2 billion"
    r"dropping|sliding|slipping|plunging|tumbling|sinking|dipping|shrinking|narrowing|slumping|retreating)",
    re.IGNORECASE,
)
_UP = re.compile(
    r"(?:rose|ris(?:e|ing|es)|increas(?:ed|e|es|ing)|up|higher|grew|grow(?:th|ing|s)?|gain(?:ed)?|jump(?:ed|s)?|"
    r"climb(?:ed|s)?|surg(?:ed|e|es)|expand(?:ed|ing|s)?|expansion|improv(?:ed|ement|es|ing)|grown|advanced|widen(?:ed|s)|"
    r"boost(?:ed|ing)?|soar(?:ed|s)?|gains|advances?|widen|improve|"  # a headline's present: "EPS climbs 12%", "sales gains 5%"
    # a participle after the clause's own verb: "nearly doubled, climbing 97% to $1.61 billion"
    r"climbing|jumping|surging|soaring|advancing|gaining|widening)",
    re.IGNORECASE,
)


# After a number only: "15% to 20% above prior year levels", "$17 million below" (before a
# number, "above $5 million" is a level).
_JOINING_WORDS = frozenset({"and", "but", "or", "while", "whereas", "yet"})
_PHRASE_OPENERS = frozenset({"on", "amid", "as", "due", "despite", "after", "with", "driven", "helped", "hurt", "reflecting"})
# "38 more than the 89"; "about 52% smaller than a year earlier" ("Greater China" before a number names a region);
# "a net loss about 75% wider than a year earlier" goes the way "widened" does
_AFTER_ONLY = {
    "above": 1, "below": -1, "more": 1, "fewer": -1, "ahead": 1, "behind": -1, "smaller": -1, "larger": 1, "bigger": 1,
    "wider": 1, "narrower": -1,
}  # fmt: skip
# Nouns of a rise said right after its amount, which before an amount name a raising of money: "a $2.78 underlying
# raise at the midpoint", "a 10% price hike" (not "to raise $50 million")
_RAISE_NOUNS = {"raise": 1, "hike": 1}
_BY_RIGHT_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
_A_SHARE_OF_AFTER = re.compile(r"\s+of\s+(?:its|the|their|our|all|available|total)\s", re.IGNORECASE)
# A verb in the past tense right after a number makes the number its subject: "sales of $2.6
# billion increased 1%", "net income of $5 million rose" -- a level, not a change.
_FINITE_VERB = re.compile(
    # "... and $60.9 million add up to about $514.2 million": a total's verb, its subject the amounts before it
    r"was|were|is|are|has|had|have|rose|fell|grew|shrank|slid|made|accounted|represented|comprised|adds?|added|"
    # what a level computes to: "a midpoint of $1.119 billion implies growth of about 21%" (the growth is the next's)
    r"impl(?:ies|ied|y)|would|represents|"
    r"sank|swung|came|stood|"
    r"(?:increas|decreas|declin|climb|jump|drop|improv|advanc|widen|narrow|slipp|surg|"
    # "International revenues of $31.2 million edged up 0.6%": the amount is the verb's subject, a level
    r"expand|contract|plung|tumbl|soar|gain|edg|inch|tick|dipp|eas|slump|rebound|doubl|tripl|halv|total|totall|reach)ed",
    re.IGNORECASE,
)
# The word starts where no word character stands before it: a search tried from inside a word
# would find the same word from its start, after rescanning its rest at every letter.
_DIRECTION_BEFORE = re.compile(
    r"(?<!\w)(?P<word>\w+)(?:\s+(?:by|of|between|approximately|about|nearly|roughly|some|almost|over|more than|an?|only|just|slightly|"
    r"modestly|marginally|sharply|strongly|significantly|"
    # a call's words of praise or of a range between the verb and its amount: "up a very impressive 149%", "increased an
    # impressive 26%", "to increase in the range of 50% to 60%"
    r"very|impressive|healthy|solid|robust|strong|in (?:the|a) range of|"
    # the period of the change between the verb and its amount: "increased year over year by $457 million"
    r"year[- ](?:over|on)[- ]year|quarter[- ](?:over|on)[- ]quarter|sequentially|organically|YoY|QoQ))*\s*$",
    re.IGNORECASE,
)
# The last word of each run of words ``_DIRECTION_BEFORE`` passes over between its word and the number ("by", "of"
# of "in the range of", "than" of "more than", "year" of "year over year" ...), in lower case.
_PASSED_OVER_LAST_WORDS = frozenset(
    "by of between approximately about nearly roughly some almost over than a an only just slightly modestly "
    "marginally sharply strongly significantly very impressive healthy solid robust strong year quarter "
    "sequentially organically yoy qoq".split()
)


def _direction_word_before(words: str) -> tuple[str, int] | None:
    """``_DIRECTION_BEFORE.search(words)`` as its word and the offset its match starts at, None when it finds none.

    The search is tried at each word of ``words`` and costs ~60 us on sixty characters of a table's row labels
    ("Line item 47\t$329\t \nLine item "). Its match ends on the last word of ``words``: either its word itself,
    or the last word of a run it passes over ("up by", "rose more than"). A last word in ASCII that ends no such
    run ("item", "revenue", "up") is the match, found from the end at C speed; any other is searched (exact: under
    ``re.IGNORECASE`` ASCII text matches ASCII letters of the pattern only in their two cases)."""
    end = len(words.rstrip())
    start = end
    while start and (words[start - 1].isalnum() or words[start - 1] == "_"):  # ``\w``: alphanumeric or "_"
        start -= 1
    last = words[start:end]
    if not last:  # every match ends on a word character, white space aside
        return None
    if last.isascii() and last.lower() not in _PASSED_OVER_LAST_WORDS:
        return last, start
    match = _DIRECTION_BEFORE.search(words)
    return (match.group("word"), match.start()) if match else None


# The noun of a change, then its verb, right before the number (a project's "expansion" is no such noun).
_CHANGE_NOUNS = ("growth", "increase", "decrease", "decline", "drop")
_CHANGE_NOUN_WAS = re.compile(
    # "with organic growth also at 2%" (not "returned to growth at EUR 174.0m": a level reached)
    r"\b(?<!to )(growth|increases?|decreases?|declines?|drops?)\s+(?:also\s+)?(?:(?:was|were|is)(?:\s+also)?|came\s+in\s+at|at)\s+"
    + HEDGED + r"[+(-]?$",
    re.IGNORECASE,
)
# A part of a range an outlook is to land in: "midpoint", "low end", "top"
RANGE_PART = r"(?:midpoint|middle|top|bottom|(?:low|lower|high|higher|upper)\s+end)"
# An outlook of growth, then the rate it is set to or at: "raised its fiscal 2027 net sales growth outlook to 18% to 20%",
# "an updated full-year 2026 revenue growth target of 15% to 16%", "FY27 reported sales growth guided to 5.5%-8.5%" (the
# rate of a growth: a change, whatever verb moved the outlook)
# (or the part of its range it is to land in: "revenue growth near the midpoint of our 10% to 14%", "growth toward the
# low end of the 10%-14% range")
_GROWTH_OUTLOOK_TO = re.compile(
    r"\bgrowth\s+(?:(?:outlook|guidance|forecast|target|expectations?|(?:is\s+)?(?:guided|forecast|projected|expected))\s+"
    r"(?:to|of|at)"
    rf"|(?:near|at|toward|towards|in)\s+(?:the\s+)?{RANGE_PART}\s+of"
    r"(?:\s+(?:our|its|the|their))?(?:\s+(?:[\w-]+\s+)?(?:range|outlook|guidance)\s+of)?)\s+" + HEDGED + r"[+(-]?$",
    re.IGNORECASE,
)
# The noun of a change, what it changed, then its amount: "a reduction to cost of sales of $84 million", "an increase in
# revenue of $5 million", "the decrease in staff costs by 14.9%" (what it changed named in at most five words, none of
# them a number; an "and" joins another measure: "an increase in sales volume and capital expenditures of about $40
# million"; a cause's words end it: "a 60% increase in volume partly offset by 13% lower realized prices")
_CHANGE_OF_A_MEASURE_WORDS = ("increase", "decrease", "reduction", "decline", "drop", "rise", "improvement")
_CHANGE_OF_A_MEASURE = re.compile(
    r"\b(?P<noun>increases?|decreases?|reductions?|declines?|drops?|rises?|improvements?)\s+(?:in|to)\s+"
    r"(?:(?!(?:and|or|with|while|as|by|which|that|partly|partially|offset|driven|due|mainly|primarily|largely)\s)"
    r"[a-z&'/-]+\s+){1,5}?(?:of|by)\s+" + HEDGED + r"[+(-]?$",
    re.IGNORECASE,
)
# A verb of change, its object, then the percentage: "raised its annual dividend policy 4%",
# "Grew sales volume 13%" (without "its", only a verb whose object is what grows: "reduced
# adjusted EPS by about 90 cents" is an effect, not a change of the period).
_RISING_VERBS = ("raised", "increased", "grew", "expanded", "boosted", "hiked", "lifted", "widened", "lifting", "boosting")
_FALLING_VERBS = ("cut", "lowered", "reduced", "trimmed", "slashed", "narrowed", "cutting", "lowering", "trimming", "slashing")
# A headline's verb in the present, its determiner often left out: "PrairieSky raises annual dividend 4%".
_RISING_HEADLINE = ("raises", "lifts", "hikes", "boosts")
_FALLING_HEADLINE = ("cuts", "lowers", "slashes", "trims")
_VERB_OBJECT_BEFORE = re.compile(
    # "lifted its 2024 dividend by 15 cents", "narrowed its fiscal 2025 net loss by C$4.06 million"
    rf"\b(?:(?P<verb>{'|'.join(_RISING_VERBS + _FALLING_VERBS)})"
    # a participle of what a change did to another figure: "lifting fee income 16% to $594 million", "cutting fuel
    # expense 17.0% to US$219.2 million"
    r"\s+(?:its|the|their|our)|(?P<grew>grew|expanded|lifting|boosting|cutting|lowering|trimming|slashing)"
    rf"|(?P<headline>{'|'.join(_RISING_HEADLINE + _FALLING_HEADLINE)})(?:\s+(?:its|the|their|our))?)\s+"
    # "to" or "from" in the object names a level: "raised its 2026 guidance to $4.00 billion" is the new outlook; "by"
    # with a verb after it says how ("Grew our high-margin franchise network by adding 28 franchisees": a count of what
    # was added), not "by about"
    r"(?:(?!(?:to|from)\s|by\s+[a-z]+ing\s)[\w-]+\s+){1,5}(?:by\s+)?$"
    # how far a figure went past what it is set against, said with "by": "exceeding our initial target by 25%"
    r"|\b(?P<beyond>exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|outpac(?:ed|ing|es)|beat(?:ing|s)?|topp(?:ed|ing)|tops?)\s+(?:(?!(?:to|from|by)\s)[\w-]+\s+){1,5}by\s+$",
    re.IGNORECASE,
)
# A verb of change, then its object with no determiner (up to six words), read only where the level it came to follows
# the amount (``_TO_A_LEVEL_AFTER``): "lifted third-quarter 2025 adjusted EBITA 10.1% to EUR 48.1 million", "grew 2024
# recurrent net income per share 6.7% to EUR 6.42", "cut net debt by $61 million to $5,530 million"
_BARE_VERB_OBJECT_BEFORE = re.compile(
    rf"\b(?P<verb>{'|'.join(_RISING_VERBS + _FALLING_VERBS)})\s+(?:(?!(?:to|from|by|of|in|on|at)\s)[\w-]+\s+){{1,6}}(?:by\s+)?$",
    re.IGNORECASE,
)
# A verb of change, then an outlook it revised, then "by" the amount: "raised underlying non-GAAP EPS guidance for the
# full year by $2.78", "lowered its revenue outlook range by $50 million" -- the revision, a change (not "reduced
# adjusted EPS by about 90 cents", a charge's effect)
_OUTLOOK_WORDS = ("guidance", "outlook", "forecast")
_OUTLOOK_MOVED_BY = re.compile(
    rf"\b(?P<verb>{'|'.join(_RISING_VERBS + _FALLING_VERBS)})\s+(?:(?!(?:to|from)\s)[\w&'’-]+\s+){{0,6}}?"
    rf"(?:{'|'.join(_OUTLOOK_WORDS)})\s+(?:(?!(?:to|from)\s)[\w'’-]+\s+){{0,5}}by\s+" + HEDGED + r"$",
    re.IGNORECASE,
)
# (a period may come between: "by $61 million during the quarter to $5,530 million")
_TO_A_LEVEL_AFTER = re.compile(
    r"(?:\s+(?:during|in|for|over)\s+the\s+(?:\w+\s+)?(?:quarter|year|period|half))?\s+to\s+(?:[A-Z]{1,3}\s?)?[$€£¥]?\s?\d",
    re.IGNORECASE,
)
# A verb of change, then what it moved and when (no level it moved to or from), then "by" right before the amount; read
# where a comparison follows the amount (``_COMPARED_RIGHT_AFTER``): "reduced adjusted EPS by about 90 cents" alone
# may be an item's effect (where the company is the actor, ``_VERB_OBJECT_THEN_BY`` reads it without one)
_VERB_THEN_BY = re.compile(
    r"\b(?P<verb>" + _UP.pattern + "|" + _DOWN.pattern + r")\s+(?:(?!(?:to|from)\s)[\w'’-]+\s+){0,8}by\s+"
    + HEDGED + r"$",
    re.IGNORECASE,
)
# A bank's credit allowance moved, named right after the amount: "allowance release", "allowance build", "release from
# the allowance"
_ALLOWANCE_MOVED_AFTER = re.compile(
    r"[ \t]+(?:(?:credit[ \t]+)?(?:loss[ \t]+)?allowance[ \t]+(?:release|build)|"
    r"(?:release|build)[ \t]+(?:from|of|in|to)[ \t]+(?:the[ \t]+)?allowance)\b",
    re.IGNORECASE,
)
# A finite verb, its object (no digits; no cause or means: "increased, partially offset by", "grew, driven by"), then "by"
# and the amount: "cut operating, general and administration expenses by", "increased revenue by about". Narrower than
# ``_VERB_THEN_BY`` (finite verbs only, no noun of change) but its object may hold commas: read with no comparison after
# the amount, so only where the company moved it (``_ACTOR_BEFORE``)
_VERB_OBJECT_THEN_BY = re.compile(
    r"\b(?:(?P<up>increased|raised|grew|lifted|boosted|expanded|improved|widened)|"
    r"(?P<down>cut|reduced|lowered|decreased|trimmed|slashed|narrowed|shrank))\s+"
    r"(?:(?!(?:to|from|by|driven|offset|led|caused|impacted|affected|helped|supported|hurt|weighed|dragged|fueled|fuelled|"
    # (a year in the object's words: "raised its fiscal 2031 adjusted segment operating margin target by 300 basis points")
    r"partly|partially|primarily|mainly|largely|due|as|which|that)\b)(?:[A-Za-z&'’-]+|(?:19|20)\d{2}),?\s+){1,8}by\s+" + HEDGED + r"$",
    re.IGNORECASE,
)
# The same said of what the company means to do: "our intention to increase prices by 15%", "plans to raise prices 15%"
# (the verb's infinitive after "to": the change planned, no effect of a cause; "to raise $50 million" names no object)
_TO_VERB_OBJECT_THEN_BY = re.compile(
    r"\bto\s+(?:(?P<up>increase|raise|grow|lift|boost|expand|improve)|(?P<down>cut|reduce|lower|decrease|trim|slash))\s+"
    r"(?:(?!(?:to|from|by|and|or|which|that|who|was|were|is|are|totall?ed|stood|reached|came)\b)(?:[A-Za-z&'’-]+|(?:19|20)\d{2}),?\s+)"
    r"{1,6}(?:by\s+)?" + HEDGED + r"$",
    re.IGNORECASE,
)


def _planned_change(before: str) -> re.Match[str] | None:
    return _TO_VERB_OBJECT_THEN_BY.search(before[-120:]) if may_hold(before[-120:], ("to",)) else None


def names_a_planned_change(before: str) -> bool:
    """Whether the words before a number say a change the company plans of an object it names ("plans to raise prices
    15%"): the change names its own measure."""
    return _planned_change(before) is not None


def plans_a_change_of_its_own(before: str) -> bool:
    """Whether the words before a number say a change the company plans of an object no vocabulary names ("and plans to
    raise prices by 15%"), not of a metric ("plans to cut operating expenses by 10%")."""
    planned = _planned_change(before)
    return planned is not None and not metrics_in(planned.group())


# Who moved it, right before the verb: a name ("Helix", "Taylor Morrison") or the company itself ("the company", "we")
_ACTOR_BEFORE = re.compile(
    r"(?:^|[.;:,]\s*|\b(?:and|while|but)\s+)(?:(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,3}|the\s+(?:company|group|bank|firm)|we|it)\s*$",
    re.IGNORECASE,
)
_COMPARED_RIGHT_AFTER = re.compile(
    r"\s*(?:compared\s+(?:to|with)|versus|vs\.?|over|from|against)\s+(?:the\s+)?"
    r"(?:previous|prior|preceding|last|same|year-ago|year[- ]earlier)\b|\s*(?:year[- ]over[- ]year|y/y|yoy)\b",
    re.IGNORECASE,
)
# every match of _VERB_OBJECT_BEFORE holds one of its verbs (``keywords.may_hold``)
_VERB_OBJECT_WORDS = _RISING_VERBS + _FALLING_VERBS + _RISING_HEADLINE + _FALLING_HEADLINE + ("exceed", "surpass", "outpac", "beat", "top")
# A period adjective between the number and its noun is passed over: "176% sequential quarterly growth",
# "78% quarter-over-quarter sequential growth".
_RESTATED_CHANGE_AFTER = re.compile(
    r"\s*,?\s*or\s+" + HEDGED + r"[\d.]+\s?%\s*,?\s+(?:(?:sequential|year-over-year|annual|quarterly)\s+)?"
    r"(?P<noun>gain|increase|rise|improvement|decrease|decline|drop)\b",
    re.IGNORECASE,
)
# A gain made on something, right after its amount (a short aside between): what was sold, not a figure's rise
# (its per-share amount may be said between: "a $943 million net gain, or $0.18 a share, on the sales of ..."); or made
# in a period: "against a $20.8 million gain in the prior-year quarter" (not "a gain in revenue")
_GAIN_ON = re.compile(
    r"(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*(?:net[ \t]+)?"
    # the kind of item a gain is: "a NT$4,017 million valuation gain on financial assets", "a one-time gain on"
    r"(?:(?:one[- ]time|non-?cash|valuation|fair[ \t]+value|pre-?tax|after-?tax|(?:un)?reali[sz]ed|hedging|disposal|"
    r"remeasurement|revaluation|mark-to-market)[ \t]+)?"
    r"gains?(?:[ \t]*,[ \t]*or[ \t]+[^,;\n]{1,30},)?[ \t]+(?:on\b|in[ \t]+"
    r"(?:the[ \t]+)?(?:prior|previous|same|year-ago|year-earlier|(?:19|20)\d{2}|Q[1-4]|[1-4]Q|first|second|third|fourth|fiscal)\b"
    r"|an?[ \t]+year[ \t]+(?:earlier|ago|before)\b|last[ \t]+year\b)",
    re.IGNORECASE,
)
_MORE_THAN_A_VERB = re.compile(r"\s*(?:more|less)\s+than\s+(?:doubled|tripled|quadrupled|halved|offset)\b", re.IGNORECASE)
# A short aside right after a number, or the close of the one it stands in: "$447 million (0.1 percent) higher",
# "(0.1 percent) higher".
# The verb of the subject an amount in parentheses stood beside, right after the aside: ") both rose", ") rose"
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:(?:both|each|all|together)\s+)?(?:rose|fell|grew|increased|decreased|declined|climbed|dropped|improved|jumped|"
    r"slipped|were|was)\b",
    re.IGNORECASE,
)
_ASIDE_FIRST = re.compile(r"[ \t]*(?:\([^()\n]{1,24}\)|\))[ \t]*")
_CHANGE_RIGHT_AFTER = re.compile(r"\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+|~)?[(+\-−]?[$€£¥]?\d|\s+from\b", re.IGNORECASE)
_FIRST_WORDS = re.compile(r"\s*(?:-(?=[a-z]))?(?:(?:sequential|quarterly|annual|yearly|organic|(?:year|quarter)-over-(?:year|quarter)|[yq]/[yq]|yoy|qoq)\s+)*(?P<first>\w+(?:-\w+)*)(?:\s+(?P<second>\w+))?")  # "increase in", "unit increase", "year-over-year increase", "y/y growth", "-point increase"


# A part's share of a whole as analysts write it: right after the percentage, "of" and the words
# that name the whole, up to the end of the clause ("Data Center made up 91% of fourth-quarter
# revenue", "China accounted for 52% of fiscal 2024 ICL sales of $312.5 million", "Free cash flow
# was 25% of quarterly revenue", "EBITDA ... or 81.5% of gross rental income", "representing 35%
# of total revenue"). Not "of which", nor a change's "of" ("an increase of 5%" has none after).
# (a comma between digits is a thousands separator: "of the quarter's $1,846 million revenue")
SHARE_OF = re.compile(r"[ ]+of[ ]+(?!which\b)(?P<whole>(?:[^,;:().]|\.(?=\d)|(?<=\d),(?=\d{3}\b)){1,80})", re.IGNORECASE)
# A verb that states a share, not a change: "made up 91%" is no rise. Read right before the
# direction word "up" (and its hedges: "made up about 91%").
SHARE_VERB_BEFORE = re.compile(r"\b(?:made|makes?|making)\s*$", re.IGNORECASE)

# A figure the claim computes from two of its own ("Free cash flow was $638 million on operating
# cash flow of $710 million, implying capital spending of about $72 million", "... and capital
# expenditures US$3.1 million, leaving free cash flow of about US$47.4 million"): read right before it; "left" only
# right before the amount ("Net of HK$512.9 million in interest expenses, ... interest income of HK$3,123.8 million left
# about HK$2,610.9 million", not "$58.5bn left on the authorization").
IMPLIED_BEFORE = re.compile(
    r"\b(?:(?:implying|implies|implied|which implies|meaning|suggesting|leaving|works? out to|working out to)\b[^.;\d]{0,50}"
    r"|left\s+" + HEDGED + r"\S{0,4})$",
    re.IGNORECASE,
)
IMPLIED_WORDS = ("impl", "meaning", "suggesting", "leaving", "left", "out to")  # every match of IMPLIED_BEFORE holds one (``keywords.may_hold``)
# A word that says the figures named before it are what a claim computes from, not the figure after it: "Full-year
# figures imply GrafTech lost about $81.7 million over the first nine months" (the year is the inputs', the nine
# months the amount's).
IMPLYING = re.compile(r"\b(?:impl(?:y|ies|ied|ying)|leav(?:e|es|ing)|meaning|suggesting|works? out to|working out to)\b", re.I)
# A total or a remainder the claim computes from two of its own amounts, named right before it
# ("Two pretax charges totaling $80 million ...: $41 million of severance and $39 million of ...",
# "$17 million came after $59 million of capital spending on operating cash flow of $360 million")
# or right after it ("EUR 9.9m to spare", "EUR 8.0m ahead of opex", "$17.96 million in total").
TOTAL_BEFORE = re.compile(
    r"\b(?:total(?:l?ing|l?ed)?|combined|together|came after|in all|add(?:s|ed|ing)? up to)\b[^.;:\d]{0,30}$", re.IGNORECASE
)
# "together" said first, the things taken together named after it, up to the amount: "Together, Mounjaro and Zepbound
# accounted for about 65%"
TOGETHER_FIRST = re.compile(r"(?:^|[;:(.]\s)(?:together|combined),\s*(?=[^.;:\d]+$)", re.IGNORECASE)
TOTAL_AFTER = re.compile(r"\s*(?:to spare|ahead of|short of|in total|in all|combined|together)\b", re.IGNORECASE)
# every match of TOTAL_BEFORE, of TOTAL_AFTER holds one of these (``keywords.may_hold``: a claim that holds none is not searched)
TOTAL_BEFORE_WORDS = ("total", "combined", "together", "came after", "in all", "add")
TOTAL_AFTER_WORDS = ("to spare", "ahead of", "short of", "in total", "in all", "combined", "together")
# Two amounts the claim subtracts: "$834.2 million of total debt less $344.2 million of cash", "operating cash flow
# of EUR 484.6 million less capital expenditure of EUR 167.3 million" (the words between them; "less than" is a
# bound). What the difference backs is another amount of the claim ("Net debt of about $490 million").
# A quarter or half named between them holds digits: "six-month revenue of $434.4 million less Q2's $234.1 million".
LESS_BETWEEN = re.compile(
    r"[^.;\d]{0,60}\b(?:less|minus|net of)\s+(?!than\b)(?:[^.;\d$€£¥]|\b[QH][1-4]\b|\b[1-4][QH]\b){0,60}?" + HEDGED,
    re.IGNORECASE,
)
# A value said to be the midpoint of a range the claim states ("growth of approximately 12% ..., near
# the midpoint of its 10% to 14% range"): looked for near the value.
# (or said as a verb: "guidance of 17.7% to 18.3% centers on 18.0%")
MIDPOINT = re.compile(r"\bmid-?points?\b|\bmiddle of\b|\bcent(?:er|re)(?:s|d|ed)?\s+(?:on|around)\b", re.IGNORECASE)
MIDPOINT_WORDS = ("mid", "cent")  # every match of MIDPOINT holds one (``keywords.may_hold``)
# A claim's debt less its cash: "net debt" (the metric read is debt's).
NET_DEBT = re.compile(r"\bnet debt\b", re.IGNORECASE)
NET_DEBT_WORDS = ("net debt",)
# A comparison level right after a change: "up 15 cents from EUR 5.30" (level - change).
FROM_BEFORE = re.compile(r"\bfrom\s+" + HEDGED + r"$", re.IGNORECASE)
FROM_WORDS = ("from",)  # every match of FROM_BEFORE holds it (``keywords.may_hold``)
# A clause after a semicolon that states a result in the past tense, up to the number it holds: "Guides fiscal Q2
# revenue of about $22 billion; December-quarter operating cash flow was $9.8 billion" -- the guidance said
# before the semicolon is not this clause's.
RESULT_CLAUSE = re.compile(
    r";(?=[^;]*\b(?:was|were|rose|fell|grew|totall?ed|reached|increased|decreased|declined|jumped|dropped|climbed)\b)[^;]*$",
    re.IGNORECASE,
)
# The words that say which edition of an outlook a column holds: "| Prior | Updated |", "Previous guidance".
# The earlier edition is the one a revision compares with; the later one is the outlook now.
EARLIER_EDITION_WORD = r"(?:prior|previous|initial|original)"
LATER_EDITION_WORD = r"(?:updated|revised|current|new)"
OUTLOOK_EDITION_WORD = rf"(?:{EARLIER_EDITION_WORD}|{LATER_EDITION_WORD})"
# A table column that names an edition of an outlook, set beside another, and maybe its year: "Previous FY 2026".
OUTLOOK_EDITION = re.compile(
    rf"{OUTLOOK_EDITION_WORD}(?:\s+(?:(?:FY|fiscal(?:\s+year)?|full[\s-]year)\s*)?(?:19|20)\d\d)?(?:\s+(?:guidance|outlook|range|forecast))?",
    re.IGNORECASE,
)
# Leading words of a segment's name that do not name it alone, though no sibling segment shares them: "North"
# of "North America Businesses" (``segment_names``: "Aerospace" names "Aerospace Systems Segment").
NOT_A_SEGMENT_ALONE = frozenset(
    {"north", "south", "east", "west", "central", "other", "total", "corporate", "all", "group", "segment", "global"}
)
# The difference of two amounts a claim states, named as such right before it: "GAAP EPS of $1.16, a gap
# of 38 cents", "net income of $349,000 vs. a net loss of $654,000, a swing of about $1.0 million".
DIFFERENCE_BEFORE = re.compile(
    r"\b(?:(?:gap|swing|difference)\s+of|sw(?:ung|ings?|inging)\s+by)\s+" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
DIFFERENCE_WORDS = ("gap", "swing", "difference", "swung")  # every match of DIFFERENCE_BEFORE holds one


_PLUS_BETWEEN = re.compile(r"\d[^\s]*(?:\s+(?!(?:up|down)\b)[A-Za-z&'-]+){0,4}\s+\+$", re.IGNORECASE)
_SIGNED_COMPARISON = re.compile(r"\b(?:vs\.?|versus|from|compared (?:to|with)|against)\s*\+\s*$", re.IGNORECASE)


# A gain or a loss, then "on" and up to five words right before a phrase: "loss on extinguishment of ", "(Loss) on
# valuation of financial assets and "
_GAIN_OR_LOSS_ON = re.compile(r"\b(?:gains?|loss(?:es)?)\)?[ \t]+on[ \t]+(?:[\w&'-]+[ \t]+){0,5}$", re.IGNORECASE)
_GAIN_ON_REACH = 70


def _made_a_gain_or_loss_on(text: str, start: int, end: int) -> bool:
    """``_GAIN_OR_LOSS_ON.search(text, start, end)``, not tried where no " on " stands between (asked of every
    balance named in a row label or clause)."""
    return " on " in text[start:end].lower() and _GAIN_OR_LOSS_ON.search(text, start, end) is not None


@lru_cache(maxsize=4096)  # the last word before each number of a table's rows ("item") asked again and again
def _direction_of(word: str) -> int:
    return -1 if _DOWN.fullmatch(word) else 1 if _UP.fullmatch(word) else 0


def _ends_on_a_word(words: str) -> bool:
    """True when ``words`` end on a word character, white space aside: every match of ``_DIRECTION_BEFORE`` does
    (its word or hedge, then white space to the end), and words that end on "$" or "(" are not searched, a search
    tried at each of their sixty last characters."""
    last = words.rstrip()[-1:]
    return last.isalnum() or last == "_"


# "~" or "≈" right before a number says "about": passed over like the word
_APPROXIMATELY_SIGNS = ("~", "≈")


# Words that mark an outlook as the one a release replaced: "(previously $92.0 to 94.0 billion)", "from $12.95 billion
# to $13.1 billion previously", "the prior guidance of"
PREVIOUS_OUTLOOK = re.compile(r"\b(?:previously|prior guidance|previous guidance|previous outlook|prior outlook)\b", re.I)


# A determiner, and the first part of a hyphenated word, right before a direction word: the word is an adjective of the
# amount after it ("the cut-down $92.0 billion outlook", "its lowered $5 target"), no verb of a change.
_DETERMINER_THEN = re.compile(r"(?<![^\s(])(?:the|its|their|our|this|that|a|an)\s+(?:[a-z]+-)?$", re.IGNORECASE)  # not "SG&A"
_LONGEST_DETERMINER = 5  # "their"


def _determiner_then(words: str, end: int) -> bool:
    """``_DETERMINER_THEN.search(words, 0, end)`` found, searched only from where a match can start: "Line item 47\t$329\t
    \nLine item" was tried at each of its sixty characters (~5 us a number of a table's rows) for a match that ends at
    ``end`` (or before a newline there, as ``$`` does).

    Exact: a match ends in white space, or in letters and a hyphen after it, whose run of white space starts right
    after the determiner (a letter), at most five characters long; the runs are found back from the end over
    supersets (``str.isalpha`` for ``[a-z]`` under ``re.IGNORECASE``, ``str.isspace`` for ``\\s``), so the start searched
    from is at or before any match's, and the look-behind still sees the text before it."""
    earliest = end
    for stop in (end, end - 1) if end and words[end - 1] == "\n" else (end,):
        start = stop
        if start and words[start - 1] == "-":
            start -= 1
            while start and words[start - 1].isalpha():
                start -= 1
        while start and words[start - 1].isspace():
            start -= 1
        earliest = min(earliest, start)
    return _DETERMINER_THEN.search(words, max(0, earliest - _LONGEST_DETERMINER), end) is not None


@lru_cache(maxsize=16384)  # a number's words are read for its sign and again for whether it is a change
def change_direction(before: str, after: str) -> int:
    """-1 or +1 when a number is a change ("fell 27%", "down 3.2 percent", "a 23 percent
    unit increase", "declined by $31 million", "Up +62%"), 0 when it is a level ("fell to 27.4
    percent", "was 38.5 percent, down from ...")."""
    stripped = before.rstrip()
    if stripped.endswith(_APPROXIMATELY_SIGNS):  # "declined ~50%", "growth sequentially of ~9%": a hedge like "about"
        before = stripped[:-1]
    if before.rstrip().endswith("+"):  # "Up +62%", "dividend up + 15 cts"
        # "Q4 EBITDA -$18.9m vs +$44.7m LY": the sign of the level compared with, no change
        if _SIGNED_COMPARISON.search(before):
            return 0
        # "$3.0bn = $2.0bn buybacks + $1.0bn dividends": a "+" set apart between two amounts adds them, no change
        return 0 if before[-1:].isspace() and _PLUS_BETWEEN.search(before.rstrip()) else 1
    found = _direction_word_before(before[-60:]) if _ends_on_a_word(before) else None
    if found and found[0].lower() == "up" and SHARE_VERB_BEFORE.search(before[-60:], 0, found[1]):
        return 0  # "made up 91% of revenue": a share, a level
    if found and _A_SHARE_OF_AFTER.match(after):
        return 0  # "has contracted 91% of its available 2026 cargos", "91% of available cargos": a share of what it names
    if found and _determiner_then(before[-60:], found[1]) and not before[-60:][found[1] + len(found[0]) :].strip():
        return 0  # "The cut-down $92.0 billion full-year sales outlook", "its lowered $5 target": an adjective, a level
    if found and _direction_of(found[0]):
        return _direction_of(found[0])
    if found and found[0].lower() in _AFTER_ONLY and _BY_RIGHT_AFTER.match(before[-60:], found[1] + len(found[0])):
        return _AFTER_ONLY[found[0].lower()]  # "net loss -$5.8M, narrower by about 31% y/y": a comparative, then "by"
    of_a_measure = _CHANGE_OF_A_MEASURE.search(before[-80:]) if may_hold(before[-80:], _CHANGE_OF_A_MEASURE_WORDS) else None
    if of_a_measure:  # "recognized a reduction to cost of sales of $84 million": the measure's change, its amount after it
        return -1 if of_a_measure.group("noun").lower().startswith(("decrease", "reduction", "decline", "drop")) else 1
    noun = _CHANGE_NOUN_WAS.search(before[-60:]) if may_hold(before[-60:], _CHANGE_NOUNS) else None
    if noun:  # "Constant Currency Growth was (2.0)%", "the increase was $5 million" -- not "the S3 expansion was 62%"
        return -1 if noun.group(1).lower().startswith(("decrease", "decline", "drop")) else 1
    if may_hold(before[-80:], ("growth",)) and _GROWTH_OUTLOOK_TO.search(before[-80:]):
        return 1
    verb_said = may_hold(before[-80:], _VERB_OBJECT_WORDS)  # asked once: 33 words
    verb = _VERB_OBJECT_BEFORE.search(before[-80:]) if verb_said else None
    if verb is None and verb_said and (_TO_A_LEVEL_AFTER.match(after) or _AGAINST_A_PERIOD_AFTER.match(after)):
        # "lifted third-quarter adjusted EBITA 10.1% to EUR 48.1m", "cut cash costs per metric ton 25% year over year"
        verb = _BARE_VERB_OBJECT_BEFORE.search(before[-80:])
    if verb is None and may_hold(before[-120:], _OUTLOOK_WORDS):
        # "raised underlying non-GAAP EPS guidance for the full year by $2.78 at the midpoint": an outlook revised
        verb = _OUTLOOK_MOVED_BY.search(before[-120:])
    if verb and verb.groupdict().get("beyond"):
        return 1  # "exceeding our initial target by 25%"
    if verb:  # "raised its annual dividend policy 4%", "cut the quarterly dividend 40%"
        said = (verb.group("verb") or verb.group("grew") or verb.group("headline")).lower()
        return 1 if said in _RISING_VERBS + _RISING_HEADLINE else -1
    if _COMPARED_RIGHT_AFTER.match(after) and (moved := _VERB_THEN_BY.search(before[-120:])):
        # "increased incoming orders in the first three quarters by 35.5% compared to the previous year": an amount
        # a verb moved something by, compared with an earlier period, is the change between them
        return _direction_of(moved.group("verb"))
    moved_allowance = _ALLOWANCE_MOVED_AFTER.match(after) if may_hold(after[:40], ("release", "build")) else None
    if moved_allowance is not None:  # "an $875 million allowance release", "a $93 million allowance build": its change
        return -1 if "release" in moved_allowance.group().lower() else 1
    if (
        "by" in before[-40:] and (moved := _VERB_OBJECT_THEN_BY.search(before[-120:])) is not None
        and _ACTOR_BEFORE.search(before[-120:], 0, moved.start()) is not None
    ):
        # "Helix cut operating, general and administration expenses by C$1,423,000", "The company increased revenue by
        # 10%": what the company moved its object by -- not what a cause did to it, an effect ("The ERP-related shipment
        # comparison reduced adjusted EPS by about 90 cents")
        return -1 if moved.group("down") else 1
    if (planned := _planned_change(before)) is not None:
        return -1 if planned.group("down") else 1
    aside = _ASIDE_FIRST.match(after)
    if aside and not before.strip() and aside.group().strip() == ")" and _SUBJECT_VERB_AFTER.match(after, aside.end()):
        return 0  # "adjusted EBITA (EUR 22.3 million) both rose 8.8%": an amount in its noun's parentheses, the noun's level
    if aside:  # "were $447 million (0.1 percent) higher than": the change's restatement in parentheses, then its word
        after = after[aside.end() :]
    restated = _RESTATED_CHANGE_AFTER.match(after)
    if restated:  # "a $1.8 million or 9.1% sequential gain": both amounts are the change the noun after them names
        return -1 if restated.group("noun").lower().startswith(("decrease", "decline", "drop")) else 1
    if _GAIN_ON.match(after):
        return 0  # "a $943m ($0.18/sh) net gain on the CTS and WFAM sales": the gain made on a sale, an item, no change
    point_change = _POINT_CHANGE_AFTER.match(after) if after.startswith("-") else None
    if point_change is not None:  # "a 10.3-point margin improvement": the move in points, named as an adjective
        for word in point_change.group("words").split():
            if way := _direction_of(word.lower()):
                return way
    words = _FIRST_WORDS.match(after[:40])
    if not words or _FINITE_VERB.fullmatch(words.group("first")):
        return 0  # "revenues of $2.6 billion increased 1%": the number is the subject, a level
    first = words.group("first")
    if _MORE_THAN_A_VERB.match(after):
        return 0  # "operating cash flow of $583 million more than doubled": the verb's subject, a level
    if first.lower() in _JOINING_WORDS:
        return 0  # "rose 10.1% to $1,673 million but fell $355 million": the verb after "but" is the next figure's
    if first.lower() in _PHRASE_OPENERS:
        return 0  # "from $712.4 million on lower prices": the words after the preposition say why, not which way
    if first.lower() in ("up", "down") and _CHANGE_RIGHT_AFTER.match(after, words.end("first")):
        return 0  # "revenue and income of RMB480 million up 15.2% year over year": a level, its change after it
    second = words.group("second") or ""
    # (not a plural noun, then a finite verb: "in 70 markets rose over 20%" -- the number counts the verb's subject, a
    # level; "3% from increased attendance" is a change's)
    counted_subject = first[-1:] == "s" and first.isalpha() and _FINITE_VERB.fullmatch(second) is not None
    said = (
        _direction_of(first) or _AFTER_ONLY.get(first.lower(), 0) or _RAISE_NOUNS.get(first.lower(), 0)
        or (-1 if first.lower() == "less" and second.lower() == "than" else 0)  # "15% less than in 2025"
        # "1,671 tonnes less than the previous quarter": the unit's noun, then the comparative
        or (-1 if second.lower() == "less" and _THAN_AFTER.match(after, words.end()) else 0)
        # "0.4 points below the prior year": the points of a bare number, then the comparative
        or (_AFTER_ONLY.get(second.lower(), 0) if POINTS_AFTER.match(after) else 0)
        or ((_direction_of(second) or _RAISE_NOUNS.get(second.lower(), 0)) if not counted_subject else 0)
    )  # fmt: skip
    if said or not (noun := _CHANGE_NOUN_AFTER.match(after)):
        return said
    # "~12% fiscal 2026 adjusted EPS growth": the noun of the change after the period, basis and metric it is of
    return -1 if noun.group("noun").lower() in ("decline", "decrease", "drop") else 1


# A move in points said as an adjective, then up to three words, the noun of its change among them: "-point margin
# improvement", "-percentage-point decline"
_POINT_CHANGE_AFTER = re.compile(r"-(?:percentage-|basis-)?points?[ ](?P<words>(?:[A-Za-z]+[ ]?){1,3})")
# A change's noun after the words that say what it is of, two to five of them: period, basis, metric ("12% fiscal 2026
# adjusted EPS growth"); one is read as the second word after the number ("20% revenue growth")
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:(?:fiscal|full[- ]year|annual|quarterly|adjusted|organic|reported|comparable|core|underlying|"
    r"constant[- ]currency|(?i:fx|currency)[- ]neutral|like[- ]for[- ]like|net|operating|sales|revenues?|earnings|income|(?:19|20)\d{2}|"
    r"FY ?\d{2}|[A-Z][A-Za-z&]+)\s+){2,5}"
    r"(?P<noun>(?i:growth|increase|decline|decrease|rise|drop))\b"
)


# What a change is counted against, in its own words: the quarter before ("down 25% sequentially", "up 3% from the
# prior quarter", "On a sequential basis, CE decreased by about 7%") or the year before ("up 12% year-over-year",
# "down about 12% from last year"). Said right after the change, else in the clause that leads up to it.
# A change's base said in one word or phrase right after it: "up 12% year over year", "14.5% quarter on quarter",
# "7.7% y-o-y", "4% sequentially" -- one pattern for every reading of a change's words
CHANGE_BASE_ADVERB = (
    r"year[- ](?:over|on)[- ]year|y/y|yoy|y-o-y|sequentially|q/q|qoq|q-o-q|quarter[- ](?:over|on)[- ]quarter"
)
# a change's base said right after its number: "cut cash costs per metric ton 25% year over year" (``change_direction``)
_AGAINST_A_PERIOD_AFTER = re.compile(r"\s+(?:" + CHANGE_BASE_ADVERB + r")\b", re.IGNORECASE)
_SEQUENTIAL_BASE = (
    r"sequential(?:ly)?|q/q|qoq|quarter/quarter|quarter[- ](?:over|on)[- ]quarter|"
    r"(?:(?:immediate(?:ly)?|most\s+recent)\s+)?(?:prior|previous|preceding|last)\s+quarter|linked[- ]quarter"
)
_ANNUAL_BASE = (
    r"year[- ](?:over|on)[- ]year|y/y|yoy|yr/yr|year/year|(?:a|one)\s+year\s+(?:ago|earlier|before)|year[- ]ago|"
    r"(?:prior|previous|last)[- ]year(?![- ]end)|same\s+(?:period|quarter)"
)
# Words that say a figure is a year before's: "a year earlier", "year-ago", "last year", "y/y".
YEAR_AGO = re.compile(rf"\b(?:{_ANNUAL_BASE})\b", re.IGNORECASE)
# The change's own noun between it and what it is counted against: "151% growth compared to the second quarter of
# 2025", "a 5% increase from the prior quarter"
# up to two words of what changed before the noun: "28 percent unit growth over the year-ago quarter", "a 5% organic
# sales increase from the prior quarter" (never a word that joins or opens another phrase: "12% and revenue growth")
_CHANGE_NOUN_BETWEEN = (
    r"(?:(?:\s+(?!(?:and|or|but|of|in|on|to|with|while|whereas|from|over|versus|vs|than|compared)\b)[A-Za-z-]+){0,2}"
    rf"\s*(?:{'|'.join(_CHANGE_NOUNS)})s?\b)?"
)
# A comma and "as" or "when" may lead up to the words of the comparison: "up $1.8 million, or 9.1%, compared to the
# first quarter of 2025", "an increase of 17% as compared to the prior year period"
_COMPARISON_LEAD = r"\s*,?\s*(?:(?:as|when)\s+)?"
_BASE_RIGHT_AFTER = re.compile(
    rf"(?:\s*per\s+[A-Za-z]+\b)?{_CHANGE_NOUN_BETWEEN}{_COMPARISON_LEAD}"
    r"(?:(?:in|on|from|versus|vs\.?|compared\s+(?:to|with)|over|than)\s+(?:the\s+|a\s+|an\s+)?)?"
    rf"(?:(?P<sequential>{_SEQUENTIAL_BASE})|(?P<annual>{_ANNUAL_BASE}))\b",
    re.IGNORECASE,
)
_LAST_DIGIT = re.compile(r"\d")
_JOINED = re.compile(r"\b(?:and|but|while|whereas)\b|[,;]", re.IGNORECASE)
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_BASE_IN_CLAUSE = re.compile(rf"\b(?:(?P<sequential>{_SEQUENTIAL_BASE})|(?P<annual>{_ANNUAL_BASE}))\b", re.IGNORECASE)


def _base_of(said: re.Match) -> str:
    """"sequential" or "annual": the base a match of a pattern with those two named groups names."""
    return "sequential" if said.group("sequential") else "annual"


# The words that set a change against what it is counted against: "from", "compared to", "versus", "than" ...
_COMPARED_WITH = r"(?:from|compared\s+(?:to|with)|versus|vs\.?|over|than|against|relative\s+to)"
# A quarter named right after a change as the one it is counted against: "6.1% compared to the first quarter of
# 2025", "up 9.5% from Q1", "18.0% versus the second quarter of 2024".
_QUARTER_BASE_OPENER = re.compile(
    rf"\)?{_CHANGE_NOUN_BETWEEN}{_COMPARISON_LEAD}(?:(?:higher|lower|more|less|above|below|up|down)\s+)?{_COMPARED_WITH}\s+"
    r"(?:(?:the|our)\s+)?",
    re.IGNORECASE,
)
_QUARTER_BASE_YEAR = re.compile(r"(?:\s*,?\s*(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?|\s*')((?:19|20)?\d{2})\b", re.IGNORECASE)


# The period a comparison figure is of, said right after it: "compared to $6.4 million for the same period last
# year", "$5.3 million for the first quarter of 2025", "$1.10 reported for the second quarter of 2024", "10.6%, in
# the year-ago period"
_COMPARISON_PERIOD_OPENER = re.compile(
    r",?\s*(?:(?:reported|recorded|posted)\s+)?(?:in|for|during|of)\s+(?:(?:the|our)\s+)?", re.IGNORECASE
)
_COMPARISON_PERIOD_REACH = re.compile(r",?[^.;,\d]{0,60}")
# An aside right after a comparison figure, passed over to the words of its period: "$1.05 per share ($1.04 per share
# on a diluted basis) for the third quarter of fiscal 2023", "$51.8 million, or $1.05 per share (...) for the third
# quarter"
_ASIDE_BEFORE_ITS_PERIOD = re.compile(
    r"(?:\s*,?\s*or\s+[$€£]?\d[\d.,]*)?(?:\s*per\s+(?:diluted\s+)?share)?(?:\s*\([^()]{0,60}\))?", re.IGNORECASE
)

# A date a change is counted against or a comparison figure is of, by how far it lies before the date the release's
# tables end on (``dated_base``): "% Change from Dec 31, 2020", "or 7.1%, from June 30, 2024", "$3,216.2 million as of
# March 31, 2026", "$0.45 for the quarter ended June 30, 2025", "(30.06.2025: EUR 55.9bn)"
_DATE = (
    rf"(?:(?P<month>{MONTH_WORD})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d{{2}})"
    rf"|(?P<dday>[0-3]?\d)\s+(?P<dmonth>{MONTH_WORD})\.?\s+(?P<dyear>(?:19|20)\d{{2}})"
    r"|(?P<eday>[0-3]?\d)\.(?P<emonth>[01]\d)\.(?P<eyear>(?:19|20)\d{2}))\b"
)
_PERIOD_ENDED = r"(?:(?:the\s+)?(?:quarter|period|year|(?:three|six|nine|twelve)\s+months)\s+(?:ended|ending)\s+)?"
_DATE_COMPARED_RIGHT_AFTER = re.compile(
    rf"\s*(?:,\s*)?(?:(?:when|as)\s+)?{_COMPARED_WITH}\s+{_PERIOD_ENDED}{_DATE}", re.IGNORECASE
)
_DATE_OF_A_FIGURE = re.compile(rf",?\s*(?:(?:reported|recorded|posted)\s+)?(?:as\s+of|at|on|for|in)\s+{_PERIOD_ENDED}{_DATE}", re.IGNORECASE)
_DATE_BEFORE_A_FIGURE = re.compile(rf"\({_DATE}\s*:\s*(?:[A-Z]{{3}}\s?|[A-Z]{{0,3}}[$€£¥])?$", re.IGNORECASE)
_DATE_SAID = re.compile(_DATE, re.IGNORECASE)
_MONTH_NUMBERS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}


# A month's end said without its day: "at end-December 2024", "at the end of December 2024"
_MONTH_END_SAID = re.compile(rf"\bend(?:-|\s+of\s+)(?P<month>{MONTH_WORD})\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def months_dated(text: str) -> set[tuple[int, int]]:
    """The (year, month) of each full date ``text`` says ("December 31, 2024", "30 September 2025", "31.12.2024"), and
    of each month's end it names ("end-December 2024")."""
    return {_date_said(said) for said in _DATE_SAID.finditer(text)} | {
        (int(said.group("year")), _MONTH_NUMBERS[said.group("month")[:3].lower()]) for said in _MONTH_END_SAID.finditer(text)
    }


# The month an amount is of, its year said and no day: "In December 2025, we monetized our remaining stake in Wella for
# $750 million", "... for $750 million in December 2025" (not "for the June 2025 quarter": a quarter named by its month)
_IN_A_MONTH = rf"(?:in|during)\s+(?:early\s+|mid-?|late\s+)?(?P<month>{MONTH_WORD})\.?\s+(?P<year>(?:19|20)\d\d)\b(?!\s+quarter)"
_OPENING_MONTH = re.compile(r"[\s•*-]*" + _IN_A_MONTH, re.IGNORECASE)
_MONTH_RIGHT_AFTER = re.compile(r"\s+" + _IN_A_MONTH, re.IGNORECASE)


def month_of_an_amount(text: str, sentence_start: int, start: int, end: int) -> tuple[int, int] | None:
    """The (year, month) the amount at ``[start, end)`` is said of: the month said right after it, or the one its
    sentence (from ``sentence_start``) opens with; None where neither is said."""
    said = _MONTH_RIGHT_AFTER.match(text, end) or _OPENING_MONTH.match(text, sentence_start, start)
    return (int(said.group("year")), _MONTH_NUMBERS[said.group("month")[:3].lower()]) if said else None


def month_dated_after(text: str, end: int) -> tuple[int, int] | None:
    """The (year, month) of the date a figure ending at ``end`` is said at, right after it: "$11.4 billion at
    September 30, 2025", "deposits of $5.1 billion as of June 30, 2025"; None where no date follows it so."""
    said = _DATE_OF_A_FIGURE.match(text, end)
    return _date_said(said) if said is not None else None


# A date in numbers right after a figure, month first, its year left out or in two digits: "(9.31% at 3/31, ...)",
# "9.36% at 6/30/25"
_NUMBER_DATE_AFTER = re.compile(r",?\s*(?:as\s+of|at)\s+(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])(?:/(?P<year>(?:19|20)?\d\d))?\b")
_NUMBER_DATE_REACH = 24  # ",  as of 12/31/2025": how far after a figure the slash of its date in numbers may stand


def months_dated_after(text: str, ends: Sequence[int]) -> list[tuple[int, int] | None]:
    """The (year, month) of the date said right after each figure ending at one of ``ends`` (``month_dated_after``), or
    in numbers, month first ("at 3/31", "at 6/30/25"): a year left out is the latest year up to the latest date said
    with its year; None where no date follows a figure, or its year is left out and none is said."""
    found: list[tuple[int, int] | None] = [month_dated_after(text, end) for end in ends]
    # (the slash looked for right after each figure: ``text`` may be a whole release, each of its sentences read apart)
    numbered = [_NUMBER_DATE_AFTER.match(text, end) if month is None and "/" in text[end : end + _NUMBER_DATE_REACH] else None
                for end, month in zip(ends, found)]  # fmt: skip
    for position, said in enumerate(numbered):
        if said is not None and said.group("year"):
            year = int(said.group("year"))
            found[position] = (year + 2000 if year < 100 else year), int(said.group("month"))
    latest = max((month for month in found if month is not None), default=None)
    for position, said in enumerate(numbered):
        if said is not None and not said.group("year") and latest is not None:
            month = int(said.group("month"))
            found[position] = (latest[0] if month <= latest[1] else latest[0] - 1), month
    return found


def _date_said(said: re.Match) -> tuple[int, int]:
    """The (year, month) a match of ``_DATE`` names."""
    if said.group("year"):
        return int(said.group("year")), _MONTH_NUMBERS[said.group("month")[:3].lower()]
    if said.group("dyear"):  # "30 September 2025"
        return int(said.group("dyear")), _MONTH_NUMBERS[said.group("dmonth")[:3].lower()]
    return int(said.group("eyear")), int(said.group("emonth"))


# How much of a release's opening is read for the date its quarter ends on
_QUARTER_END_REACH = 10_000


def quarter_end_named(text: str, quarter: int | None, year: int | None) -> tuple[int, int, int] | None:
    """The (year, month, 0) a release's quarter ends on when its tables date none (``FactIndex.release_end``): the
    last month of calendar quarter ``quarter`` of ``year``, where the release's opening names a date of that month
    and year ("Total loans at June 30, 2025" in a release on the second quarter of 2025); None otherwise (a fiscal
    quarter need not end with a calendar one)."""
    if not quarter or not year:
        return None
    month = quarter * 3
    named = (_date_said(said) for said in _DATE_SAID.finditer(text, 0, _QUARTER_END_REACH))
    return (year, month, 0) if (year, month) in named else None


def dated_base(said: re.Match | None, release_end: tuple[int, int, int] | None) -> str:
    """What a date a comparison names (a match of ``_DATE``) makes of it, against the date the release's tables end
    on: a year before "annual", a quarter before "sequential", any other earlier date (a year's end in a release on
    its second quarter) "another quarter"; "" when either date is unknown or the named one is not earlier."""
    if said is None or release_end is None or not release_end[1]:
        return ""
    year, month = _date_said(said)
    months = (release_end[0] - year) * 12 + release_end[1] - month
    if 11 <= months <= 13:
        return "annual"
    if 2 <= months <= 4:
        return "sequential"
    return "another quarter" if months > 4 else ""


def _quarter_compared_right_after(after: str, opener_pattern: re.Pattern[str] = _QUARTER_BASE_OPENER) -> re.Match | None:
    opener = opener_pattern.match(after)
    return _QUARTER_NAME.match(after, opener.end()) if opener else None


# A calendar year's end said after a comparison figure: "total lots of 72,362 at the end of 2023", "at year-end 2023"
# (not a fiscal year's, whose month the words do not give).
_YEAR_END_OF_A_FIGURE = re.compile(r",?\s*(?:as\s+of|at)\s+(?:the\s+)?(?:end\s+of|year[- ]end)\s+(?P<year>(?:19|20)\d{2})\b",
                                   re.IGNORECASE)


def _year_end_base(said: re.Match | None, release_end: tuple[int, int, int] | None) -> str:
    """``dated_base`` of a calendar year's end (``_YEAR_END_OF_A_FIGURE``): December 31 of its year."""
    if said is None or release_end is None or not release_end[1]:
        return ""
    months = (release_end[0] - int(said.group("year"))) * 12 + release_end[1] - 12
    return "annual" if 11 <= months <= 13 else "sequential" if 2 <= months <= 4 else "another quarter" if months > 4 else ""


def comparison_period_base(
    after: str, release_quarter: tuple[int, int | None] | None, release_end: tuple[int, int, int] | None = None
) -> str:
    """Which comparison the figure of a comparison period is, as the words right after it (``after``) say: "annual"
    for "for the same period last year" or "in the year-ago quarter", "sequential" for "in the prior quarter" or, in a
    release on the second quarter, "for the first quarter of 2025" or, where the release's tables end on June 30,
    2025, "as of March 31, 2025" (``dated_base``); "" when they do not say."""
    aside = _ASIDE_BEFORE_ITS_PERIOD.match(after)
    if aside is not None:
        after = after[aside.end() :]
    if dated := dated_base(_DATE_OF_A_FIGURE.match(after), release_end):
        return dated
    if dated := _year_end_base(_YEAR_END_OF_A_FIGURE.match(after), release_end):
        return dated
    reach = _COMPARISON_PERIOD_REACH.match(after)
    said = _BASE_IN_CLAUSE.search(after, 0, reach.end()) if reach else None
    if said is not None:
        return _base_of(said)
    return _named_quarter_base(after, release_quarter, _COMPARISON_PERIOD_OPENER) if release_quarter else ""


# Words right before a comparison figure that say which comparison it is: "the previous year's figure (EUR 443.1
# million)", "compared to the prior year period of $4.90"
_BASE_BEFORE_A_FIGURE = re.compile(
    rf"\b(?:(?P<sequential>{_SEQUENTIAL_BASE})|(?P<annual>{_ANNUAL_BASE}))(?:['’]s)?(?:\s+[A-Za-z]+){{0,2}}\s*[(:]?\s*"
    r"(?:[A-Z]{3}\s?|[A-Z]{0,3}[$€£¥])?$",
    re.IGNORECASE,
)


def comparison_named_before(before: str, release_end: tuple[int, int, int] | None = None) -> str:
    """Which comparison a figure of a comparison period is, as the words right before it (``before``) say: "annual"
    for "the previous year's figure (", "sequential" for "the prior quarter's", or by the date it is dated with
    ("(30.06.2025: EUR 55.9bn)", ``dated_base``); "" when they do not say."""
    said = _BASE_BEFORE_A_FIGURE.search(before)
    if said is not None:
        return _base_of(said)
    return dated_base(_DATE_BEFORE_A_FIGURE.search(before), release_end)


def counted_against_a_quarter(after: str) -> bool:
    """Whether the words right after a change (``after``) name the quarter it is counted against ("6.1% from the
    first quarter")."""
    return _quarter_compared_right_after(after) is not None


def _named_quarter_base(
    after: str, release_quarter: tuple[int, int | None], opener: re.Pattern[str] = _QUARTER_BASE_OPENER
) -> str:
    """What a change is counted against when the words right after it name a quarter (``after``), read against the
    quarter the release reports (its number and year): the one before it is "sequential" ("from the first quarter"
    in a release on the second), the same quarter a year earlier "annual" ("compared to the second quarter of 2024"
    in one on the second quarter of 2025), any other quarter "another quarter"; "" when the year said does not fit
    (a fiscal year's name against the calendar year of the tables) or the same quarter is named with no year."""
    named = _quarter_compared_right_after(after, opener)
    if named is None:
        return ""
    number, (quarter, year) = _quarter_number(named), release_quarter
    glued = named.group(0)[2:] if named.group(3) else ""  # "1Q25": the year is glued on
    said = _QUARTER_BASE_YEAR.match(after, named.end())
    digits = glued or (said.group(1) if said else "")
    named_year = (int(digits) + 2000 if len(digits) == 2 else int(digits)) if digits else None
    if number == quarter - 1 or (quarter == 1 and number == 4):
        own_year = None if year is None else year - (quarter == 1)
        return "sequential" if named_year is None or own_year is None or named_year == own_year else ""
    if number != quarter:
        return "another quarter"  # "from the fourth quarter" in a release on the second: neither
    return "annual" if named_year is not None and year is not None and named_year == year - 1 else ""


_COMPARED_WORD_AT = re.compile(rf"(?<![\w.])(?={_COMPARED_WITH}\s)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a table's change cells share their column's name: each read once
def change_base_named(
    words: str, release_quarter: tuple[int, int | None] | None = None, release_end: tuple[int, int, int] | None = None
) -> str:
    """What a table's change is counted against, as its row's or column's name (``words``) says: "Y/Y" and "% change
    year over year" annual, "Q/Q" sequential, "4Q21 vs 3Q21" by the quarters it names (``_named_quarter_base``),
    "Dec 31, 2021 % Change from Sep 30, 2021" or "% CHANGE FROM DECEMBER 31, 2020" by the date it names against the
    date said before it, else the date the release's tables end on (``release_end``); "" when the name does not say
    ("% Change")."""
    said = next(reversed(list(_BASE_IN_CLAUSE.finditer(words))), None) if words else None
    if said is not None:
        return _base_of(said)
    if release_quarter is None:
        return ""
    for compared in _COMPARED_WORD_AT.finditer(words):
        if named := _named_quarter_base(words[compared.start() :], release_quarter):
            return named
        own = list(_DATE_SAID.finditer(words, 0, compared.start()))
        end = (*_date_said(own[-1]), 0) if own else release_end
        if dated := dated_base(_DATE_COMPARED_RIGHT_AFTER.match(words, compared.start()), end):
            return dated
    return ""


# How far back a section's heading is looked for, and how long a line that heads a section is at most
_HEADING_REACH = 2000
_HEADING_LENGTH = 100


def section_change_base(
    text: str, start: int, release_quarter: tuple[int, int | None] | None, release_end: tuple[int, int, int] | None
) -> str:
    """What the changes of a section are counted against, as the heading of the section that holds offset ``start``
    says ("Fourth quarter 2021 vs. third quarter 2021" over "Noninterest income of $594 million increased $80 million,
    or 16%", ``change_base_named``): the nearest paragraph before it that is one short line, no sentence; "" when that
    line names no comparison, or a table (a paragraph of many lines) or the reach comes first."""
    lower = max(0, start - _HEADING_REACH)
    end = text.rfind("\n\n", lower, start)
    while end > lower:
        opening = text.rfind("\n\n", lower, end)
        if opening < 0 and lower:
            return ""  # the reach ends inside a paragraph
        block = text[opening + 2 if opening >= 0 else 0 : end].strip()
        if "\n" in block:
            return ""
        if block and len(block) <= _HEADING_LENGTH and not block.endswith((".", "!", "?", ";", ",")):
            return change_base_named(block, release_quarter, release_end)
        end = opening
    return ""


# A change's comparison amount said right after it: "35.6% from HK$5,310.9 million", "2% compared to US$444.8
# million", "1.3% from RMB723.9 million (US$106.7 million)", "$355 million lower than the $2,028 million", "35 basis
# points from 2.73%", "36.4% from the diluted earnings per share of $1.10"
# The words between a change and the amount it is counted against, and the amount's currency
_AMOUNT_COMPARED_WITH = (
    rf"{_COMPARISON_LEAD}(?:(?:higher|lower|more|less|above|below|up|down)\s+)?{_COMPARED_WITH}\s+(?:(?:the|a)\s+)?"
    r"(?:(?:[A-Za-z-]+\s+){1,5}of\s+)?"
)
_AMOUNT_CURRENCY = r"(?:[A-Z]{0,3}\$|[€£¥]|[A-Z]{3}\s?)?"
_AN_AMOUNT = (
    rf"{_AMOUNT_CURRENCY}\(?\d[\d,.]*\)?"
    r"(?:\s*(?:million|billion|thousand|trillion|mn|bn|m|b|k|percent)\b|\s*%)?(?:\s*\([^()]{0,40}\))?"
)
# (and the next amounts compared with, each of its own measure, before the period they are of: "increased $2.3 million
# and four basis points from NII of $48.3 million and NIM of 2.77% for the linked quarter")
_FROM_AN_AMOUNT = re.compile(
    rf"{_AMOUNT_COMPARED_WITH}{_AN_AMOUNT}(?:\s+and\s+(?:[A-Za-z-]+\s+){{1,5}}of\s+{_AN_AMOUNT})*",
    re.IGNORECASE,
)
# The level a change comes to, said right after it, before what it is counted against: "increased 13 percent to
# $5.54 compared to the prior year period of $4.90"
_TO_AN_AMOUNT = re.compile(
    rf"\s*to\s+{_AMOUNT_CURRENCY}\d[\d,.]*(?:\s*(?:million|billion|thousand|trillion|mn|bn|m|b|k)\b)?", re.IGNORECASE
)


# A change of an amount restated as a percentage right after it: "increased $80 million, or 16%, from $514 million"
_RESTATED_AS_A_PERCENTAGE = re.compile(r"\s*,?\s*or\s+\d[\d.]*\s*(?:%|percent\b)(?=\s*,)", re.IGNORECASE)


# Where a change's comparison amount starts, said right after it (``compared_amount_at``): "or 16%, from $514 million",
# "to EUR 135.0 million (162.7)"
_COMPARED_AMOUNT_START = re.compile(rf"{_AMOUNT_COMPARED_WITH}(?={_AMOUNT_CURRENCY}\(?\d)", re.IGNORECASE)
_IN_PARENTHESES_AFTER = re.compile(r"\s*(?=\(\d[\d.,]*\))")
_COMPARED_AMOUNT_REACH = 120


def compared_amount_at(text: str, end: int) -> int | None:
    """Where the amount a change that ends at ``end`` is counted against starts, said right after it ("increased $80
    million, or 16%, from $514 million"), or in parentheses after the level it comes to ("decreased by 17% to EUR
    135.0 million (162.7)"); None when none is said."""
    after = text[end : end + _COMPARED_AMOUNT_REACH]
    restated = _RESTATED_AS_A_PERCENTAGE.match(after)
    offset = restated.end() if restated else 0
    said = _COMPARED_AMOUNT_START.match(after, offset)
    if said is None and (to := _TO_AN_AMOUNT.match(after, offset)):
        said = _IN_PARENTHESES_AFTER.match(after, to.end())
    return end + said.end() if said else None


def _base_right_after(after: str, release_quarter: tuple[int, int | None] | None, release_end: tuple[int, int, int] | None) -> str:
    """What the words right after a change (``after``) say it is counted against: its base's own words ("year over
    year", "from the prior quarter"), a quarter named ("compared to the first quarter of 2025"), a date named ("from
    June 30, 2024") or a comparison amount and the period it is of ("from HK$5,310.9 million in the second quarter of
    2025"); "" when they say none of these."""
    restated = _RESTATED_AS_A_PERCENTAGE.match(after)
    if restated is not None:  # "up $5.8 million, or 36.9%, when compared to the second quarter of 2024"
        after = after[restated.end() :]
    said = _BASE_RIGHT_AFTER.match(after)
    if said is not None:
        return _base_of(said)
    if release_quarter is not None and (named := _named_quarter_base(after, release_quarter)):
        return named
    if dated := dated_base(_DATE_COMPARED_RIGHT_AFTER.match(after), release_end):
        return dated
    amount = _FROM_AN_AMOUNT.match(after)
    return comparison_period_base(after[amount.end() :], release_quarter, release_end) if amount else ""


# The noun of a change right after its amount, then the measure it changed: "% increase in fee-related earnings "
_CHANGE_NOUN_THEN_MEASURE = re.compile(
    r"\s*(?:increase|decrease|rise|decline|growth|drop|improvement|reduction)s?\s+in\s+(?:(?!compared|versus|vs\b|from\b)[a-z&'/-]+\s+){1,5}",
    re.IGNORECASE,
)


def change_base(
    before: str,
    after: str,
    release_quarter: tuple[int, int | None] | None = None,
    release_end: tuple[int, int, int] | None = None,
) -> str:
    """"sequential" or "annual" (or "another quarter"): what the change whose words are ``before`` (its clause up to
    it) and ``after`` (the words right after it) is counted against, "" when its words do not say.
    ``release_quarter`` (the number and year of the quarter the release reports) reads a quarter named right after
    the change, ``release_end`` (the date the release's tables end on) a date named."""
    right_after = _base_right_after(after, release_quarter, release_end)
    if not right_after and (to := _TO_AN_AMOUNT.match(after)):
        right_after = _base_right_after(after[to.end() :], release_quarter, release_end)
    if not right_after and (noun := _CHANGE_NOUN_THEN_MEASURE.match(after)):
        # "a 17% increase in fee-related earnings compared to the prior year quarter": its base said after its measure
        right_after = _base_right_after(after[noun.end() :], release_quarter, release_end)
    if right_after:
        return right_after
    # the one said last since the number before ("39% growth as compared to 31,800 coaches in the same period last
    # year and a 5% increase from the end of the third quarter": the year is the 39%'s), with the change's verb
    # ("On a sequential basis, CE decreased by about 7%", "increased year over year by $457 million")
    parts = _LAST_DIGIT.split(before)
    own = parts[-1]
    if len(parts) > 1:
        # "up 51% from a year ago and up 21%": the words after the change before are that change's
        own = _JOINED.split(own)[-1]
    if not any(_direction_of(word) for word in _LETTER_RUN.findall(own)):
        return ""
    said = next(reversed(list(_BASE_IN_CLAUSE.finditer(own))), None)
    if said is None:
        return ""
    return _base_of(said)


# A release's own word, said once, on what its changes are counted against: "All comparisons in this announcement are
# year-over-year", "all percentage changes represent year-over-year comparisons", "The financial comparisons herein
# are to the prior year quarter, unless otherwise noted" (to the end of its sentence or clause)
_COMPARISON_CONVENTION = re.compile(r"\b(?:all\s+(?:percentage\s+changes|comparisons)|comparisons\s+herein)\b[^.;]{0,120}", re.IGNORECASE)


def comparison_convention(text: str) -> str:
    """"annual" or "sequential": what the release says all its changes are counted against, where every such
    statement names a base in its words ("year-over-year", "the prior year quarter") and all agree; "" where the
    release says none, or names its base only by a quarter ("All comparisons are with the fourth quarter of fiscal
    year 2025"), or two statements differ."""
    bases = set()
    for said in _COMPARISON_CONVENTION.finditer(text):
        named = _BASE_IN_CLAUSE.search(said.group())
        bases.add(_base_of(named) if named else "")
    return bases.pop() if len(bases) == 1 else ""


# A sentence that opens by pointing back at what the one before said: "This level represented an increase of $227".
POINTS_BACK = re.compile(r"[ \t]*(?:This|That|These|Those|It|They)\b(?!\s+(?:quarter|year|month|week)\b)")
# Words that make a figure forward-looking (guidance, an outlook, a target), not a result:
# "sees", "expects", "outlook", "guidance", "reaffirmed", "is expected to be", "could range".
# A result set against the outlook is no outlook: "rose 6.7% to EUR6.42, above guidance, with recurrent net income up 6.8%"
_NOT_MEASURED_AGAINST = r"(?<!above )(?<!below )(?<!beat )(?<!beating )(?<!exceeded )(?<!exceeding )(?<!topped )"
FORWARD_LOOKING = re.compile(
    rf"\b(?:sees|(?:we|now|to) see|(?<!than )(?<!as )expect(?:s|ed|ing)?|(?<!than )(?<!as )anticipat(?:es?|ed|ing)|outlook|{_NOT_MEASURED_AGAINST}guidance|guid(?:e|es|ed|ing)|"
    r"forecast(?:s|ed|ing)?|project(?:s|ed|ing) (?:to|that)|(?:we|currently|now) project (?:to|that)|projected|reaffirm(?:s|ed|ing)?|reiterat(?:es?|ed|ing)|"
    r"target(?:s|ed|ing)?|could (?:range|be)|to range|estimates? that|plans? to|aims? (?:to|for)|intends? to|intention to)\b",
    re.IGNORECASE,
)
# Every match of FORWARD_LOOKING holds one of these (``keywords.may_hold``).
FORWARD_WORDS = (
    "see", "expect", "anticipat", "outlook", "guid", "forecast", "project", "reaffirm", "reiterat", "target",
    "could", "range", "estimate", "plan", "aim", "intend", "intention",
)  # fmt: skip
# Looser words that, in a release or a call, may speak of the outlook: read only to let a
# claim's guidance find the source's ("for the full year, revenue will be $X to $Y").
FORWARD_HINTS = re.compile(
    r"\b(?:will|should|range|rais(?:e|es|ed|ing)|increasing|lowering|narrow(?:ed|ing)|updat(?:e|ed|ing)|"
    r"looking for|believe|plan(?:s|ning)?|projecting|assum(?:e|es|ing|ptions?)|next (?:quarter|year)|full[- ]year|"
    r"FY ?'?\d{2,4}|fiscal (?:year )?(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# A rate said to be negative: "negative comparable sales of 12.5%".
# a call's "from minus 3.7% in Q1"; a bullet's minus before its hedge: "(-~1% y/y)"
NEGATIVE_BEFORE = re.compile(r"\bnegative\b[^.;\d]{0,40}$|(?<!\bor )\bminus\s*$|(?:^|[\s(])[-−]~$", re.IGNORECASE)
# Right after a number: "revenue of $37.5 billion is expected"; or the noun it is the figure
# of, past the other end of its range: "a $40-$50 million revenue target in 2026".
FORWARD_AFTER = re.compile(
    r"\s*(?:(?:is|are)\s+)?(?:expected|projected|forecast|anticipated)\b"
    r"|(?:\s*[-–]\s*[$€£]?\d[\d.,]*)?(?:\s*(?:million|billion|[MB])\b)?(?:\s+(?!above|below|beat|over|under|versus|vs|than|exceed|in|of|from)[A-Za-z-]+)?\s+(?:targets?|outlook|guidance)\b"
    # a rate to be reached by a date: "toward a $25 million run rate by year-end"
    r"|(?:\s*(?:million|billion|[MB])\b)?(?:\s+(?:annual(?:ized)?|revenue|sales|recurring))?\s+run[- ]rate\s+by\b"
    # the midpoint of an outlook, named after it: "The $257.5 million midpoint of Q3 revenue guidance"
    r"|(?:\s*(?:million|billion|[MB])\b)?\s+mid-?point\s+of\s+(?:[\w'-]+\s+){0,4}?(?:targets?|outlook|guidance|guide|forecast)\b",
    re.IGNORECASE,
)
# A column of changes. "Inc" and "Dec" alone are a company and a month ("Dec 31, 2021", "Dec-25"): as change
# they come paired ("Inc/(Dec)", "Inc (Dec)") or with a percent sign ("% Inc.").
CHANGE_COLUMN = re.compile(
    r"\bchange\b|\bincrease\b|\bdecrease\b|\binc\.?\s*/?\s*\(?\s*dec\b|%\s*(?:inc|dec|var)\b|\b(?:inc|dec)\.?\s*%|\bchg\b"
    r"|\bY/Y\b|\bQ/Q\b|\bYoY\b|\bQoQ\b|\bvariance\b|\bgrowth\b|Δ|\bvs\b|\bversus\b"
    r"|\bfav(?:orable)?\.?\s*/?\s*\(?\s*unfav(?:orable)?\b",  # "Fav (Unfav) Amount": the change, signed by its effect
    re.I,
)
HEDGED_BEFORE = re.compile(rf"(?:\b{HEDGE}\s+|~\s*)[^\s\d]{{0,4}}$", re.IGNORECASE)
# Words that say an amount falls just short of the one said: "nearly 40% of Q2 revenue" (39.5%), "almost $2.0 billion".
SHORT_OF_BEFORE = re.compile(r"\b(?:nearly|almost|just\s+(?:under|below|shy\s+of)|close\s+to)\s+[^\s\d]{0,4}$", re.IGNORECASE)
# A move in percentage points written as "points": "up 0.6 points", "0.3 pp", "1.1 ppts".
POINTS_AFTER = re.compile(
    r"[ ]?(?:points?|pts?|pp|ppts?)\b"
    # a move in points said as an adjective of its noun, the measure's name between: "a 58.4-point increase", "a
    # 10.3-point margin improvement"
    r"|-points?[ ](?=(?:[A-Za-z-]+[ ]){0,2}(?:increase|decrease|decline|improvement|expansion|contraction|gain|drop|rise|swing|reduction|"
    r"deterioration|compression|widening|narrowing)\b)",
    re.IGNORECASE,
)
# A period or basis phrase that qualifies a change: "4% sequentially", "up 12% year over year and",
# "rose 8% on a reported basis and 10% organically".
CHANGE_PERIOD = re.compile(
    r"\s*(?:" + CHANGE_BASE_ADVERB + r"|(?:from|versus|vs\.?|compared (?:to|with)) (?:a|the) (?:year|quarter) (?:ago|earlier)|"
    r"(?:from|versus|vs\.?|compared (?:to|with)) (?:the )?(?:prior|previous|last) (?:year|quarter)|on an? [\w-]+(?: [\w-]+)? basis|in constant currenc(?:y|ies)|in USD|organically|"
    # "decreased 6 percent compared to fourth quarter 2023, or 5 percent on a constant currency basis"
    r"(?:from|versus|vs\.?|compared (?:to|with)) (?:the )?(?:(?:first|second|third|fourth)[- ]quarter|Q[1-4]|[1-4]Q)(?: of)? (?:19|20)\d{2}|"
    # "fell 25% in the fourth quarter and 23% for the full year"
    r"(?:in|for|during) (?:the )?(?:(?:first|second|third|fourth|full)[- ])?(?:quarter|year|half)(?: of (?:19|20)\d{2})?|"
    r"(?:in|for) (?:Q[1-4]|[1-4]Q|fiscal|FY)(?: ?'?\d{2,4})?|"
    # "rose 17.2% in the first nine months, and 35.5% in Engineering"
    r"(?:in|for|during|over) (?:the )?(?:first|last|past) (?:three|six|nine|twelve|3|6|9|12) months)",
    re.IGNORECASE,
)

# What a percentage right after a percent change says of itself, with no verb of its own, to be a second change of
# the same figure: its basis ("(9% FX-neutral)", "(6.5% organic)", "down 2% reported (5% LFL)"). Not what it leaves in
# or out ("~12% ex the 53rd week, ~16% including it"): nothing tells the change with an item from the one without it.
CHANGE_QUALIFIER_AFTER = re.compile(
    r"\s*(?:organic(?:ally)?|like[- ]for[- ]like|LFL|FX[- ]?neutral|FXN|currency[- ]neutral|(?:in |at )?constant[- ]currency|cc|"
    # an adjective of the percentage, not of a noun after it: "the midpoint of its 10%-14% FX-neutral range" is a range
    r"reported)(?=\s*(?:[),;:.]|$)|\s+(?:basis|growth|and|or|vs\.?|versus|y/y|yoy|year|sequentially)\b)",
    re.IGNORECASE,
)


# "net loss for the three-month period ended September 30, 2024, was": a period between loss and amount
# The losses a provision or an allowance is for ("provision for credit losses", "allowance for loan
# losses") are what it covers, not its amount's sign: a pattern piece to put before a loss word.
NOT_PROVIDED_FOR = r"(?<!\bfor\s)(?<!\bfor\scredit\s)(?<!\bfor\sloan\s)(?<!\bfor\slease\s)(?<!\bfor\sloan\sand\slease\s)"
# The dot of an abbreviation said between a loss and its amount ends no sentence: "net loss attrib. $1.48m"
_ABBREVIATION_DOT = r"(?<=[a-z])\.(?=[ \t]+(?:[a-z$]|\Z))"
_LOSS_BEFORE = re.compile(
    rf"{NOT_PROVIDED_FOR}\bloss(?:es)?\b(?:[^.;$\d]|{_ABBREVIATION_DOT}){{0,60}}$|\bdefici(?:t|ency)\b[^.;$\d]{{0,20}}$"
    r"|\bLPS\b[^.;$\d]{0,60}$"  # a note's loss per share: "reported LPS $0.16 vs $0.08"
    r"|\b(?:lost|losing)\s+" + HEDGED + r"\S{0,4}$"  # "after losing $1.6 million"
    # the words of a loss said with a verb, its amount left out, up to what it is compared with: "GeoVax lost [$16.7
    # million] versus"
    r"|\b(?:lost|losing)\s+(?:vs\.?|versus|compared\s+(?:to|with)|from)\s*$",
    re.IGNORECASE,
)
# after the loss: another figure, or a part of the loss ("the net loss ... includes $0.6 million of stock compensation")
_PROFIT_WORDS = re.compile(r"\b(?:income|profit|earnings|gain|(?-i:NI)|includ\w*|reflect\w*|compris\w*)\b", re.IGNORECASE)


# The numbers of a period ("the first half of 2025", "the three months ended June 30, 2025",
# "Q2 FY26") say when, not how much: they do not part a loss from its amount.
_PERIOD_NUMBERS = re.compile(
    r"\b(?:Q[1-4]|[1-4]Q|H[12]|FY)?[ ]?'?(?:19|20)\d{2}\b|\b(?:Q[1-4]|[1-4]Q|H[12]|FY[ ]?'?\d{2})\b"
    rf"|\b{MONTH}[a-z]*\.?[ ]\d{{1,2}}\b|\b\d{{1,2}}[ -](?:months?|weeks?)\b"
    # a percentage is a loss's change, never its amount: "the net loss narrowed 79.6% to RMB93.0 million"
    r"|[+-]?\d[\d.,]*[ ]?(?:%|percent\b)"
)


LOSS_WORDS = ("loss", "defici", "lost", "losing", "lps")  # every match of _LOSS_BEFORE holds one
_PERCENT_BEFORE_A_LETTER = re.compile(r"%[A-Za-z]")


def may_read_a_loss(before: str) -> bool:
    """False only when ``loss_context`` is False of ``before`` and of any text cut from it or with parts of it blanked
    (not joined): words without "loss" or "deficit" cannot match, nor can what the removal of the period's numbers
    leaves of them. Each removal ends before a non-word character, but a percentage's, which joins two words only
    where a letter follows its "%" ("lo5%ss"; a letter ``re.IGNORECASE`` folds to ASCII makes ``may_hold`` True)."""
    return ("%" in before and _PERCENT_BEFORE_A_LETTER.search(before) is not None) or may_hold(before, LOSS_WORDS)


def loss_context(before: str) -> bool:
    """True when the words before an amount make it a loss: "a net loss of $3.5 million",
    "net loss for the first half of 2025 was $12 million", "the net loss narrowed 79.6% to"."""
    if not may_read_a_loss(before):
        return False
    match = _LOSS_BEFORE.search(_PERIOD_NUMBERS.sub("", before) if any(c.isdigit() for c in before) else before)
    return match is not None and not _PROFIT_WORDS.search(match.group())


# --- Segment and product figures in tables ------------------------------------------------------------------------
# Words that make a percentage said after a metric a level of it, not its change: "operating margin -2%", "tax rate
# -5%", "-3% of sales" (``verifier``: a percentage printed with its own minus after a flow's name is its change,
# "Household Q4 net sales -18%", as one printed with a plus is).
RATE_OF_A_FLOW = re.compile(
    r"\b(?:margins?|rates?|ratios?|yields?|returns?|shares?|mix|payout|utili[sz]ation|occupancy|penetration|"
    r"percent(?:age)?s?)\b",
    re.IGNORECASE,
)
# Metrics whose level may itself be a percentage: a signed percentage of one is no change by its sign alone.
# (no count is a percentage: "adj. EPS -28% to $5.53" is the change of earnings per share)
PERCENT_LEVEL_METRICS = (NOT_MONEY_METRICS - {"eps", "shares", "production", "units"}) | RATE_METRICS | {"tax", *CAPITAL_RATIO_METRICS}
# A table's row (or column) of figures as reported, or of an end or edition of a range, no part of a business:
# "As reported", "Guidance Low | Guidance High", "Prior | Updated".
REPORTED = re.compile(
    r"\b(?:(?:as\s+)?reported|low|high|mid(?:point)?|min(?:imum)?|max(?:imum)?|prior|previous|updated|current|"
    r"guidance|outlook|actual|estimated?|budget|plan)\b",
    re.IGNORECASE,
)
# A table's row (or column) of a whole: "Total Apple", "Reportable segment total", "Total Company (1)".
_TOTAL_WORD = r"\btotals?\b"
TOTAL_ROW = re.compile(_TOTAL_WORD, re.IGNORECASE)
# Table rows of the company's whole or of its reconciliation, never a segment's or a product's: "Total Apple",
# "Consolidated", "Add: ...", "Corporate and other".
COMPANY_ROW = re.compile(
    rf"^\s*(?:consolidated|company|corporate|eliminations?|intersegment|unallocated|reconcil\w*|other)\b|{_TOTAL_WORD}"
    r"|^\s*(?:add|less|plus|minus)\b\s*[:/]",
    re.IGNORECASE,
)

