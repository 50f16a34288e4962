#!/usr/bin/python3
"""Loads citegraph's W3C PROV exports with the python `prov` package and checks them.

    check_prov.py CITEGRAPH DATA_DIR WORK_DIR

For each corpus (tests/data/provenance/chain, the Mali report, the six real documents
together) it writes
`export --format prov-json`, `--format provn` and `--format json`, then:

- reads the PROV-JSON with prov's own reader (ProvDocument.deserialize);
- reads the PROV-N into a prov document through the prov API (prov has a PROV-N writer but
  no reader, so a strict parser of the subset citegraph writes is below) and requires the
  same records as the PROV-JSON gives: both files say the same thing;
- counts each relation in the loaded document and requires the count the PROV-JSON file
  holds and the count citegraph's JSON export implies (members = claims + references,
  derivations = claim -> cited reference pairs, revisions = superseded references);
- requires named relations that the inputs are known to hold.

Exits 77 (skipped) when the prov module is not installed, 1 on any failure.
"""

from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

try:
    import prov  # noqa: F401
except ModuleNotFoundError:
    print("python3-prov is not installed; skipping", file=sys.stderr)
    sys.exit(77)
import prov.model as pm  # noqa: E402
from prov.constants import PROV  # noqa: E402

PROV_REVISION = PROV["Revision"]

failures: list[str] = []


def check(condition: bool, message: str) -> None:
    if not condition:
        failures.append(message)


# ---- PROV-N: the subset citegraph writes, parsed strictly -------------------------------

PN_LOCAL = re.compile(r"(?:[A-Za-z0-9_]|%[0-9A-F]{2})(?:(?:[A-Za-z0-9_.\-]|%[0-9A-F]{2})*"
                      r"(?:[A-Za-z0-9_\-]|%[0-9A-F]{2}))?")
TOKEN = re.compile(r"""\s*(?:
      (?P<string>"(?:[^"\\\n\r]|\\[tbnrf"'\\])*")
    | (?P<qname_literal>'[^'\s]*')
    | (?P<iri><[^<>\s]*>)
    | (?P<punct>%%|[()\[\],=]|-(?![0-9]))
    | (?P<int>-?[0-9]+(?![A-Za-z_:%.\-]))
    | (?P<name>[A-Za-z_][A-Za-z0-9_\-.]*(?::[A-Za-z0-9_.\-%]*)?)
    )""", re.VERBOSE)
ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def tokens(text: str):
    at = 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at == len(text):
            return
        m = TOKEN.match(text, at)
        if not m:
            raise ValueError(f"PROV-N: cannot read at offset {at}: {text[at:at + 40]!r}")
        kind = m.lastgroup
        yield kind, m.group(kind)
        at = m.end()


class ProvnReader:
    def __init__(self, text: str):
        self.items = list(tokens(text))
        self.at = 0
        self.doc = pm.ProvDocument()

    def next(self, kind: str | None = None, value: str | None = None) -> str:
        if self.at == len(self.items):
            raise ValueError("PROV-N: unexpected end")
        k, v = self.items[self.at]
        if (kind and k != kind) or (value and v != value):
            raise ValueError(f"PROV-N: expected {value or kind}, got {v!r} (token {self.at})")
        self.at += 1
        return v

    def peek(self) -> str | None:
        return self.items[self.at][1] if self.at < len(self.items) else None

    def qname(self, text: str | None = None):
        text = text if text is not None else self.next("name")
        prefix, colon, local = text.partition(":")
        if not colon or not PN_LOCAL.fullmatch(local):
            raise ValueError(f"PROV-N: not a qualified name: {text!r}")
        name = self.doc.valid_qualified_name(text)
        if name is None:
            raise ValueError(f"PROV-N: undeclared prefix in {text!r}")
        return name

    def literal(self):
        k, v = self.items[self.at]
        self.at += 1
        if k == "int":
            return int(v)
        if k == "qname_literal":
            return self.qname(v[1:-1])
        if k != "string":
            raise ValueError(f"PROV-N: expected a literal, got {v!r}")
        text = re.sub(r"\\(.)", lambda m: ESCAPES[m.group(1)], v[1:-1])
        if self.peek() == "%%":
            self.next()
            datatype = self.qname()
            return pm.Literal(text, datatype)
        return text

    def attributes(self) -> list:
        pairs = []
        if self.peek() != ",":
            return pairs
        self.next(value=",")
        self.next(value="[")
        while True:
            name = self.qname()
            self.next(value="=")
            pairs.append((name, self.literal()))
            if self.peek() == "]":
                self.next()
                return pairs
            self.next(value=",")

    def read(self) -> pm.ProvDocument:
        self.next("name", "document")
        while self.peek() == "prefix":
            self.next()
            prefix = self.next("name")
            self.doc.add_namespace(prefix, self.next("iri")[1:-1])
        while (word := self.next("name")) != "endDocument":
            self.next(value="(")
            first = self.qname()
            if word == "entity":
                self.doc.entity(first, self.attributes())
            elif word == "agent":
                self.doc.agent(first, self.attributes())
            elif word == "activity":
                self.next(value=",")
                self.next(value="-")  # no start time
                self.next(value=",")
                self.next(value="-")  # no end time
                self.doc.activity(first, other_attributes=self.attributes())
            elif word in ("wasGeneratedBy", "used", "wasAssociatedWith"):
                self.next(value=",")
                second = self.qname()
                self.next(value=",")
                self.next(value="-")  # no time, no plan
                if word == "wasGeneratedBy":
                    self.doc.wasGeneratedBy(first, second)
                elif word == "used":
                    self.doc.used(first, second)
                else:
                    self.doc.wasAssociatedWith(first, second)
            else:
                self.next(value=",")
                second = self.qname()
                extra = self.attributes()
                if word == "wasDerivedFrom":
                    self.doc.wasDerivedFrom(first, second, other_attributes=extra)
                elif word == "hadMember" and not extra:
                    self.doc.hadMember(first, second)
                elif word == "specializationOf" and not extra:
                    self.doc.specializationOf(first, second)
                elif word == "alternateOf" and not extra:
                    self.doc.alternateOf(first, second)
                else:
                    raise ValueError(f"PROV-N: unexpected statement {word}")
            self.next(value=")")
        if self.at != len(self.items):
            raise ValueError("PROV-N: text after endDocument")
        return self.doc


# ---- comparing and counting -------------------------------------------------------------


def relation_name(record) -> str:
    """'hadMember', 'wasDerivedFrom', 'wasRevisionOf' (a derivation typed prov:Revision), ..."""
    if isinstance(record, pm.ProvDerivation) and PROV_REVISION in record.get_asserted_types():
        return "wasRevisionOf"
    return pm.PROV_N_MAP[record.get_type()]


def canonical(doc: pm.ProvDocument) -> collections.Counter:
    """Each record as (kind, id for elements, attributes), so relations compare by content."""
    return collections.Counter(
        (relation_name(r), r.identifier if r.is_element() else None, frozenset(r.attributes))
        for r in doc.get_records())


def relations(doc: pm.ProvDocument) -> set:
    """(name, first argument, second argument) for each relation, names as 'cg:d1.c1'."""
    out = set()
    for r in doc.get_records():
        if r.is_relation():
            first, second = (v for _, v in r.formal_attributes[:2])
            out.add((relation_name(r), str(first), str(second)))
    return out


def file_counts(raw: dict) -> collections.Counter:
    counts = collections.Counter()
    for member, records in raw.items():
        if member in ("prefix", "entity", "activity", "agent"):
            continue
        for record in records.values():
            revision = record.get("prov:type", {}).get("$") == "prov:Revision"
            counts["wasRevisionOf" if revision else member] += 1
    return counts


def expected_counts(export: dict) -> collections.Counter:
    """The relations citegraph's own JSON export implies. Its shared "sources" (works that
    references of several documents name) give a specializationOf per reference and an
    alternateOf per source that is a corpus document; a reference's "names_document" gives a
    wasDerivedFrom. The run used each document, generated the assessment and was
    associated with citegraph."""
    counts = collections.Counter()
    counts["used"] += len(export["documents"])
    counts["wasGeneratedBy"] += 1
    counts["wasAssociatedWith"] += 1
    for d in export["documents"]:
        counts["hadMember"] += len(d["claims"]) + len(d["references"])
        counts["wasDerivedFrom"] += sum(len(r["cited_by"]) for r in d["references"])
        counts["wasRevisionOf"] += sum(r["superseded_by"] is not None for r in d["references"])
        counts["wasDerivedFrom"] += sum(r.get("names_document") is not None for r in d["references"])
    for source in (s for s in export["sources"] if s["shared"]):
        counts["specializationOf"] += len(source["references"])
        counts["alternateOf"] += source.get("document") is not None
    return +counts


def run(citegraph: str, inputs: list[str], fmt: str, out: Path) -> None:
    done = subprocess.run([citegraph, "export", "--format", fmt, "-o", str(out), *inputs],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"citegraph export --format {fmt} failed ({done.returncode}): {done.stderr}")


def check_corpus(citegraph: str, name: str, inputs: list[str], work: Path,
                 must_hold: list[tuple[str, str, str]], entity_checks: dict,
                 linked_must_hold: list[tuple[str, str, str]] = ()) -> None:
    """linked_must_hold: relations across documents, required once the command links
    documents (its JSON export then lists "sources")."""
    work.mkdir(parents=True, exist_ok=True)
    paths = {fmt: work / f"{name}.{fmt}" for fmt in ("prov-json", "provn", "json")}
    for fmt, path in paths.items():
        run(citegraph, inputs, fmt, path)

    raw = json.loads(paths["prov-json"].read_text(encoding="utf-8"))
    from_json = pm.ProvDocument.deserialize(source=str(paths["prov-json"]), format="json")
    from_provn = ProvnReader(paths["provn"].read_text(encoding="utf-8")).read()
    records_json, records_provn = canonical(from_json), canonical(from_provn)
    check(records_json == records_provn,
          f"{name}: PROV-N and PROV-JSON differ: only in JSON {list(records_json - records_provn)[:3]}, "
          f"only in PROV-N {list(records_provn - records_json)[:3]}")

    loaded = collections.Counter(kind for kind, ident, _ in records_json.elements() if ident is None)
    check(loaded == file_counts(raw), f"{name}: prov loaded {dict(loaded)}, the file holds {dict(file_counts(raw))}")
    export = json.loads(paths["json"].read_text(encoding="utf-8"))
    check(loaded == expected_counts(export),
          f"{name}: relations {dict(loaded)}, the JSON export implies {dict(expected_counts(export))}")
    entity_count = sum(1 for r in from_json.get_records(pm.ProvEntity))
    entity_expected = sum(1 + len(d["claims"]) + len(d["references"]) for d in export["documents"])
    entity_expected += sum(s["shared"] for s in export["sources"]) + 1  # and the assessment
    check(entity_count == entity_expected, f"{name}: {entity_count} entities, expected {entity_expected}")

    present = relations(from_json)
    for relation in [*must_hold, *(linked_must_hold if "sources" in export else [])]:
        check(relation in present, f"{name}: missing {relation}")
    check(("wasAssociatedWith", "cg:assessing", "cg:citegraph") in present, f"{name}: the run has no agent")
    check(("wasGeneratedBy", "cg:assessment", "cg:assessing") in present, f"{name}: nothing generated the verdicts")
    for entity_id, attributes in entity_checks.items():
        entity = from_json.get_record(entity_id)
        check(bool(entity), f"{name}: no entity {entity_id}")
        if entity:
            held = {(str(k), str(v)) for k, v in entity[0].attributes}
            for pair in attributes:
                check(pair in held, f"{name}: {entity_id} lacks {pair}; has {sorted(held)[:12]}")
    print(f"{name}: {len(records_json)} records, relations {dict(sorted(loaded.items()))}")


def main() -> int:
    citegraph, data, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    chain = data / "provenance" / "chain"
    check_corpus(
        citegraph, "chain",
        [str(chain / "basin-review.html"), str(chain / "groundwater-survey.nxml"),
         str(chain / "regional-summary.md")],
        work,
        must_hold=[("hadMember", "cg:d2", "cg:d2.c1"), ("hadMember", "cg:d2", "cg:d2.r1"),
                   ("wasDerivedFrom", "cg:d2.c1", "cg:d2.r1"),
                   ("wasDerivedFrom", "cg:d1.c2", "cg:d1.r2"),
                   ("wasDerivedFrom", "cg:d3.c1", "cg:d3.r1")],
        # the summary (d3) cites the review (d1) by URL, the review cites the survey (d2) by DOI
        linked_must_hold=[("wasDerivedFrom", "cg:d3.r1", "cg:d1"), ("wasDerivedFrom", "cg:d1.r1", "cg:d2")],
        entity_checks={
            "cg:d2": [("prov:type", "prov:Collection"), ("prov:type", "cg:Document"),
                      ("cg:doi", "10.5555/gw-survey.2021"), ("cg:published", '"2021-06-14" %% xsd:date')],
            "cg:d2.r1": [("cg:date", '"2009" %% xsd:gYear'), ("cg:verdict", "stale"), ("cg:number", "1")],
            "cg:d3": [("cg:url", "https://example.org/reports/regional-summary")],
        })
    mali = data / "usdol-mali-2021.txt"
    check_corpus(
        citegraph, "mali", [str(mali)], work,
        # "Trafficking in Persons Report- 2018: Mali" (25) is superseded by the 2020 edition (4)
        must_hold=[("wasRevisionOf", "cg:d1.r4", "cg:d1.r25"),
                   ("wasDerivedFrom", "cg:d1.c33", "cg:d1.r25"),
                   ("hadMember", "cg:d1", "cg:d1.c33")],
        entity_checks={
            "cg:d1.r25": [("cg:date", '"2018-06-28" %% xsd:date'), ("cg:verdict", "stale"),
                          ("cg:staleReason", "superseded by 4")],
            "cg:d1.c33": [("cg:verdict", "resting-on-stale"), ("cg:line", "53"),
                          ("cg:location", f"{mali}:53")],
        })
    # The six real documents together: quotes, backslashes and non-ASCII text in every
    # format must reach prov unchanged through both files.
    real = sorted(str(p) for p in data.iterdir() if p.is_file() and p.name != "SOURCES.md")
    check(len(real) == 6, f"expected the six real documents in {data}, found {real}")
    check_corpus(citegraph, "real", real, work, must_hold=[], entity_checks={})
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
