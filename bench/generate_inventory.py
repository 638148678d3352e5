#!/usr/bin/env python3
"""Seeded generator of large socready inventories in the SPEC §7 CSV formats.

Writes services.csv (default 1,000 services across 50 product lines), controls.csv (N
controls) and, with --evidence M, evidence.csv (M records in random control order) into an
output folder. The same arguments give the same bytes: all randomness comes
from one random.Random(seed), the output is written with LF line ends and no dependence on the
locale, the clock or hash ordering.

    python3 bench/generate_inventory.py --controls 100000 --out bench/data/100k
    python3 bench/generate_inventory.py --controls 1000000 --seed 7 --out /tmp/inv

Every row is valid for `socready import` with SOCREADY_TODAY >= 2026-11-26 (no date is later
than --today), and controls only reference services from the generated services.csv, which must
be imported first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys

# --- reference data ------------------------------------------------------------------------

# The 61 SOC 2 Trust Services Criteria (SPEC §2), grouped by series.
TSC_SERIES = {
    "CC1": ["CC1.1", "CC1.2", "CC1.3", "CC1.4", "CC1.5"],
    "CC2": ["CC2.1", "CC2.2", "CC2.3"],
    "CC3": ["CC3.1", "CC3.2", "CC3.3", "CC3.4"],
    "CC4": ["CC4.1", "CC4.2"],
    "CC5": ["CC5.1", "CC5.2", "CC5.3"],
    "CC6": ["CC6.%d" % i for i in range(1, 9)],
    "CC7": ["CC7.%d" % i for i in range(1, 6)],
    "CC8": ["CC8.1"],
    "CC9": ["CC9.1", "CC9.2"],
    "A1": ["A1.1", "A1.2", "A1.3"],
    "PI1": ["PI1.%d" % i for i in range(1, 6)],
    "C1": ["C1.1", "C1.2"],
    "P": ["P1.1", "P2.1", "P3.1", "P3.2", "P4.1", "P4.2", "P4.3", "P5.1", "P5.2",
          "P6.1", "P6.2", "P6.3", "P6.4", "P6.5", "P6.6", "P6.7", "P7.1", "P8.1"],
}
ALL_TSC = [c for codes in TSC_SERIES.values() for c in codes]
assert len(ALL_TSC) == 61, len(ALL_TSC)

SOC1_OBJECTIVES = ["ITGC-ACCESS", "ITGC-CHANGE", "ITGC-OPS", "ITGC-SDLC", "BP-AUTHORIZATION",
                   "BP-COMPLETENESS", "BP-ACCURACY", "BP-CUTOFF", "BP-RECONCILIATION",
                   "BP-INTERFACES", "BP-REPORTING"]

# Control themes: a title stem, the criteria series it usually maps to, a typical SOC 1
# objective (or None), the usual frequencies and the team that owns it.
THEMES = [
    ("Quarterly user access review", ["CC6"], "ITGC-ACCESS", ["quarterly"], "Identity"),
    ("MFA enforced for production access", ["CC6"], "ITGC-ACCESS", ["continuous"], "Identity"),
    ("Leaver access removed within one business day", ["CC6"], "ITGC-ACCESS", ["event"],
     "Identity"),
    ("Privileged access approved and time-bound", ["CC6"], "ITGC-ACCESS", ["event", "daily"],
     "Platform"),
    ("Code changes peer reviewed before merge", ["CC8"], "ITGC-CHANGE", ["event"], "Engineering"),
    ("Production deploys only through the pipeline", ["CC8"], "ITGC-CHANGE", ["continuous"],
     "Platform"),
    ("Emergency changes reviewed after the fact", ["CC8"], "ITGC-CHANGE", ["weekly", "event"],
     "Engineering"),
    ("Nightly backups with weekly restore test", ["A1", "CC7"], "ITGC-OPS", ["daily", "weekly"],
     "SRE"),
    ("Batch job failures alerted and resolved", ["CC7"], "ITGC-OPS", ["daily"], "SRE"),
    ("Capacity and uptime monitored against SLA", ["A1"], None, ["continuous", "monthly"], "SRE"),
    ("Vulnerability scans with SLA-based remediation", ["CC7"], None, ["weekly", "monthly"],
     "Security"),
    ("Annual penetration test by a third party", ["CC4", "CC7"], None, ["annual"], "Security"),
    ("Security incidents triaged and tracked", ["CC7"], None, ["event"], "Security"),
    ("Annual risk assessment approved by leadership", ["CC3", "CC9"], None, ["annual"], "GRC"),
    ("Vendor security reviews before onboarding", ["CC9"], None, ["event", "annual"], "GRC"),
    ("Security awareness training for all staff", ["CC1", "CC2"], None, ["annual"], "People Ops"),
    ("Background checks before start date", ["CC1"], None, ["event"], "People Ops"),
    ("Board oversight of security and controls", ["CC1", "CC2"], None, ["quarterly"], "Finance"),
    ("Control deficiencies tracked to closure", ["CC4", "CC5"], None, ["monthly"], "GRC"),
    ("Policies reviewed and approved every year", ["CC5", "CC2"], None, ["annual"], "GRC"),
    ("Customer data encrypted at rest and in transit", ["CC6", "C1"], None, ["continuous"],
     "Platform"),
    ("Confidential data disposed of at contract end", ["C1"], None, ["event"], "Legal"),
    ("Privacy notice published and kept current", ["P"], None, ["annual"], "Privacy"),
    ("Data subject requests answered within 30 days", ["P"], None, ["event"], "Privacy"),
    ("Input totals agreed to source before processing", ["PI1"], "BP-COMPLETENESS", ["daily"],
     "Operations"),
    ("Output reconciled to input for each run", ["PI1"], "BP-ACCURACY", ["daily", "event"],
     "Operations"),
    ("Invoices approved before release to clients", ["PI1"], "BP-AUTHORIZATION", ["event"],
     "Finance"),
    ("Month-end cut-off review of transactions", ["PI1"], "BP-CUTOFF", ["monthly"], "Finance"),
    ("Bank and ledger reconciliations reviewed", ["PI1"], "BP-RECONCILIATION", ["monthly"],
     "Finance"),
    ("Interface file counts and hashes checked", ["PI1"], "BP-INTERFACES", ["daily"],
     "Operations"),
    ("Client reports checked before they are sent", ["PI1"], "BP-REPORTING", ["monthly"],
     "Finance"),
    ("Systems development follows the secure SDLC", ["CC8"], "ITGC-SDLC", ["event"],
     "Engineering"),
]

DESCRIPTION_OPENERS = [
    "Evidence is kept in the GRC tool", "Reviewed by the control owner",
    "Automated check in the deployment pipeline", "Exceptions are logged and followed up",
    "Sampled by internal audit each quarter", "Ticket raised for every exception",
    "Runs in all regions", "Documented in the runbook", "Alerts page the on-call engineer",
    "Sign-off is recorded in the ticket",
]
DESCRIPTION_TAILS = [
    "for every in-scope system", "before the period closes", "with results kept for 7 years",
    "and escalated after 5 business days", "including third-party tools",
    "covering production and staging", "by someone other than the preparer",
    "against the approved baseline",
]

FIRST_NAMES = ["Amara", "Helena", "Jonas", "Lena", "Tomasz", "Priya", "Mateo", "Aiko", "Kwame",
               "Sofia", "Liam", "Noor", "Chen", "Fatima", "Olu", "Ingrid", "Rafael", "Yuki",
               "Dmitri", "Zara", "Marcus", "Elif", "Sven", "Ana", "Kofi", "Mei", "Diego",
               "Hannah", "Arjun", "Leila"]
LAST_NAMES = ["Okafor", "Marsh", "Weber", "Brandt", "Nowak", "Raman", "Silva", "Tanaka",
              "Mensah", "Rossi", "Walsh", "Haddad", "Wang", "Bello", "Adeyemi", "Lund",
              "Costa", "Sato", "Ivanov", "Ahmed", "Reid", "Kaya", "Berg", "Pereira", "Boateng",
              "Lin", "Ramos", "Fischer", "Patel", "Karimi"]

TEAMS = {"Identity": "Identity and Access Management", "Platform": "Platform Engineering",
         "Engineering": "Product Engineering", "SRE": "Site Reliability Engineering",
         "Security": "Security Operations", "GRC": "Governance, Risk and Compliance",
         "People Ops": "People Operations", "Finance": "Finance and Controllership",
         "Legal": "Legal", "Privacy": "Privacy Office", "Operations": "Service Operations"}
ROLES = ["lead", "manager", "director", "owner"]

PRODUCT_LINE_WORDS = ["Payroll", "Billing", "Insights", "Identity", "Payments", "Ledger",
                      "Commerce", "Messaging", "Storage", "Search", "Analytics", "Workforce",
                      "Treasury", "Invoicing", "Compliance", "Logistics", "Health", "Learning",
                      "Marketing", "Support", "Sales", "Procurement", "Expenses", "Tax",
                      "Travel"]
PRODUCT_LINE_SUFFIX = ["Cloud", "Suite"]
SERVICE_NOUNS = ["api", "app", "engine", "portal", "gateway", "worker", "sync", "reports",
                 "console", "connector", "scheduler", "ledger", "exports", "importer",
                 "notifier", "search", "vault", "hub", "mobile", "admin"]
FINANCIAL_CAPS = ["payroll", "billing", "invoicing", "accounting", "erp", "financial-data"]
DATA_CAPS = ["saas", "api", "cloud-infrastructure", "hr", "crm", "analytics", "customer-data",
             "time-tracking"]

SERVICE_COLUMNS = ["service", "name", "product_line", "description",
                   "affects_financial_reporting", "handles_customer_data",
                   "clients_ask_security", "clients_ask_sox", "capabilities",
                   "availability_commitment", "processes_transactions", "confidential_data",
                   "personal_data", "soc1", "soc2", "override_reason", "soc2_categories",
                   "soc1_objectives"]
CONTROL_COLUMNS = ["control_id", "title", "description", "owner", "services", "tsc",
                   "soc1_objectives", "status", "frequency", "implemented_on", "evidence_date",
                   "last_tested", "test_result"]

# (spelling, weight): canonical values dominate, with a few spellings people type.
STATUS_SPELLINGS = [("implemented", 62), ("partial", 14), ("planned", 12),
                    ("not_applicable", 4), ("In Progress", 3), ("Implemented", 3),
                    ("Not Started", 1), ("N/A", 1)]
FREQUENCY_SPELLINGS = {"continuous": ["continuous", "Continuous", "automated"],
                       "daily": ["daily", "Daily"], "weekly": ["weekly", "Weekly"],
                       "monthly": ["monthly", "Monthly"],
                       "quarterly": ["quarterly", "Quarterly"],
                       "semiannual": ["semiannual", "Semi-annual"],
                       "annual": ["annual", "Annually", "yearly"],
                       "event": ["event", "As needed", "event-driven"]}
TEST_RESULTS = [("pass", 80), ("fail", 8), ("exception", 9), ("Passed", 3)]


# --- CSV writing -----------------------------------------------------------------------------

def csv_field(value: str) -> str:
    """RFC 4180: quote a field holding a comma, a quote or a line end; double inner quotes."""
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_row(values) -> str:
    return ",".join(csv_field(v) for v in values) + "\n"


def weighted(rng: random.Random, pairs):
    values = [v for v, _ in pairs]
    weights = [w for _, w in pairs]
    return rng.choices(values, weights=weights, k=1)[0]


# --- services --------------------------------------------------------------------------------

def product_lines(count: int):
    names = []
    for suffix in [""] + PRODUCT_LINE_SUFFIX:
        for word in PRODUCT_LINE_WORDS:
            names.append(word + (" " + suffix if suffix else ""))
            if len(names) == count:
                return names
    i = 1
    while len(names) < count:
        names.append("Product Line %d" % i)
        i += 1
    return names


def yes_no_blank(rng: random.Random, p_yes: float, p_blank: float = 0.1) -> str:
    r = rng.random()
    if r < p_blank:
        return ""
    return "yes" if r < p_blank + (1 - p_blank) * p_yes else "no"


def generate_services(rng: random.Random, count: int, lines: int):
    """Returns the header+rows text and the list of slugs."""
    pls = product_lines(lines)
    out = [csv_row(SERVICE_COLUMNS)]
    slugs = []
    used = set()
    for i in range(count):
        pl = pls[i % len(pls)]
        noun = SERVICE_NOUNS[(i // len(pls)) % len(SERVICE_NOUNS)]
        base = pl.lower().replace(" ", "-") + "-" + noun
        slug = base
        n = 2
        while slug in used:
            slug = "%s-%d" % (base, n)
            n += 1
        used.add(slug)
        slugs.append(slug)
        financial = rng.random() < 0.35
        caps = set()
        if financial:
            caps.update(rng.sample(FINANCIAL_CAPS, rng.randint(1, 2)))
        caps.update(rng.sample(DATA_CAPS, rng.randint(1, 3)))
        name = "%s %s" % (pl, noun.capitalize())
        description = "%s for %s customers, %s." % (
            rng.choice(["Hosted service", "Internal platform", "Public API", "Web application",
                        "Batch processor"]),
            pl, rng.choice(["with a 99.9% uptime SLA", "used by finance teams",
                            "handling customer records", "run in two regions",
                            "fed by nightly files"]))
        soc1 = soc2 = reason = ""
        r = rng.random()
        if r < 0.02:
            soc2, reason = "required", "Contract with an enterprise customer, clause 14.2"
        elif r < 0.03:
            soc1, reason = "excluded", "No client relies on it for financial reporting"
        categories = ""
        if rng.random() < 0.05:
            categories = "Security;Availability"
        objectives = ""
        if financial and rng.random() < 0.4:
            objectives = ";".join(sorted(rng.sample(SOC1_OBJECTIVES[7:], rng.randint(1, 3))))
        out.append(csv_row([
            slug, name, pl, description,
            yes_no_blank(rng, 0.8 if financial else 0.05),
            yes_no_blank(rng, 0.75),
            yes_no_blank(rng, 0.8),
            yes_no_blank(rng, 0.7 if financial else 0.05),
            ";".join(sorted(caps)),
            yes_no_blank(rng, 0.6),
            yes_no_blank(rng, 0.9 if financial else 0.2),
            yes_no_blank(rng, 0.5),
            yes_no_blank(rng, 0.6),
            soc1, soc2, reason, categories, objectives,
        ]))
    return "".join(out), slugs


# --- controls --------------------------------------------------------------------------------

def iso(d: dt.date) -> str:
    return d.isoformat()


def generate_controls(rng: random.Random, count: int, slugs, today: dt.date, out):
    out.write(csv_row(CONTROL_COLUMNS))
    first_day = dt.date(2019, 1, 1)
    span_days = (dt.date(2025, 12, 31) - first_day).days
    buf = []
    for n in range(1, count + 1):
        stem, series, objective, freqs, team = THEMES[rng.randrange(len(THEMES))]
        scope = rng.choice(["", " (EU)", " (US)", " for payroll", " for billing",
                            " for the data platform", ", with evidence"])
        title = stem + scope  # some titles carry a comma and are quoted
        description = "%s%s %s." % (rng.choice(DESCRIPTION_OPENERS),
                                     "," if rng.random() < 0.4 else " -",
                                     rng.choice(DESCRIPTION_TAILS))
        if rng.random() < 0.15:
            description += ' Owner says "see runbook, section 4".'
        person = "%s %s" % (rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))
        if rng.random() < 0.2:
            person += ", " + rng.choice(ROLES)  # quoted: the comma
        owner = "%s (%s)" % (person, TEAMS[team])
        if rng.random() < 0.05:
            services = "*"
        else:
            services = ";".join(rng.sample(slugs, rng.randint(1, 3)))
        pool = [c for s in series for c in TSC_SERIES[s]]
        k = rng.randint(1, 3)
        tsc = rng.sample(pool, min(k, len(pool)))
        if len(tsc) < k:
            tsc += rng.sample(ALL_TSC, k - len(tsc))
        tsc = ";".join(sorted(set(tsc)))
        soc1 = ""
        if objective and rng.random() < 0.6:
            soc1 = objective
        elif rng.random() < 0.05:
            soc1 = rng.choice(SOC1_OBJECTIVES)
        status = weighted(rng, STATUS_SPELLINGS)
        spellings = FREQUENCY_SPELLINGS[rng.choice(freqs)]
        frequency = spellings[0] if rng.random() < 0.9 else rng.choice(spellings[1:])
        if rng.random() < 0.02:
            frequency = ""
        implemented = first_day + dt.timedelta(days=rng.randrange(span_days))
        implemented_on = iso(implemented) if status.lower() not in ("planned", "not started") \
            else ""
        evidence_date = ""
        if rng.random() < 0.85:
            evidence_date = iso(today - dt.timedelta(days=rng.randrange(1, 400)))
        last_tested = test_result = ""
        r = rng.random()
        if r < 0.3:
            last_tested = iso(today - dt.timedelta(days=rng.randrange(1, 365)))
            test_result = weighted(rng, TEST_RESULTS)
        elif r < 0.35:
            test_result = "untested"
        buf.append(csv_row(["CTL-%07d" % n, title, description, owner, services, tsc, soc1,
                            status, frequency, implemented_on, evidence_date, last_tested,
                            test_result]))
        if len(buf) == 10000:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))


def generate_evidence(rng: random.Random, count: int, controls: int, today: dt.date, out):
    """Evidence records in random control order, as an evidence log exported from a GRC tool
    arrives: dated within the two years before --today."""
    out.write(csv_row(["control_id", "collected_on", "description", "location"]))
    buf = []
    for n in range(1, count + 1):
        c = rng.randrange(1, controls + 1)
        day = today - dt.timedelta(days=rng.randrange(730))
        buf.append(csv_row([f"CTL-{c:07d}", iso(day),
                            "Quarterly access review export signed by the owner",
                            f"https://grc.example/ev/{c}/{n}.pdf"]))
        if len(buf) == 10000:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--controls", type=int, default=10000, help="number of controls (10000)")
    p.add_argument("--services", type=int, default=1000, help="number of services (1000)")
    p.add_argument("--product-lines", type=int, default=50, help="number of product lines (50)")
    p.add_argument("--seed", type=int, default=20261126, help="random seed (20261126)")
    p.add_argument("--today", default="2026-11-26",
                   help="no evidence or test date is later than this (2026-11-26)")
    p.add_argument("--evidence", type=int, default=0,
                   help="also write evidence.csv with this many records (0)")
    p.add_argument("--out", required=True, help="output folder")
    a = p.parse_args(argv)
    if a.controls < 0 or a.services < 1 or a.product_lines < 1 or a.evidence < 0:
        p.error("counts must be positive")
    if a.evidence and not a.controls:
        p.error("--evidence needs controls to refer to")
    today = dt.date.fromisoformat(a.today)
    os.makedirs(a.out, exist_ok=True)
    # Independent streams, so changing --controls does not change services.csv.
    services_text, slugs = generate_services(random.Random("services:%d" % a.seed), a.services,
                                             a.product_lines)
    with open(os.path.join(a.out, "services.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(services_text)
    with open(os.path.join(a.out, "controls.csv"), "w", encoding="utf-8", newline="") as f:
        generate_controls(random.Random("controls:%d" % a.seed), a.controls, slugs, today, f)
    if a.evidence:
        with open(os.path.join(a.out, "evidence.csv"), "w", encoding="utf-8", newline="") as f:
            generate_evidence(random.Random("evidence:%d" % a.seed), a.evidence, a.controls, today,
                              f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
