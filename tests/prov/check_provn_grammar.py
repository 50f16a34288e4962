#!/usr/bin/python3
"""Checks `citegraph export --format provn` against the PROV-N grammar of the W3C Recommendation.

    check_provn_grammar.py CITEGRAPH DATA_DIR

python3-prov writes PROV-N but cannot read it, so the grammar itself (provn.lark beside this
script, transcribed from the Recommendation's section A) is compiled by Lark (Debian
python3-lark) into an LALR parser. For every corpus file of DATA_DIR, one by one, the
provenance chain together, and the PLOS article with the Retraction Watch fixture, it
requires that the PROV-N parses, and then what the grammar alone cannot say:

- every prefix a name uses is declared (prov and xsd are predeclared);
- each typed literal's datatype is one PROV-N allows and its text that type's lexical form
  (xsd:gYear "2017", xsd:gYearMonth "2016-04", xsd:date "2022-07-06", xsd:boolean);
- every identifier a relation names is declared as a record of the kind the relation takes;
- the run is there: one activity and one agent (a prov:SoftwareAgent with cg:version),
  wasAssociatedWith between them, the assessment wasGeneratedBy the activity, and the activity
  used every document.

It also requires the parser to refuse RDF's "^^" in a typed literal, so a check that passes
says something. Exits 77 (skipped) when Lark is missing, 1 on any failure.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

try:
    import lark
except ModuleNotFoundError:
    print("python3-lark is not installed; skipping", file=sys.stderr)
    sys.exit(77)

LEXICAL = {
    "xsd:gYear": re.compile(r"-?[0-9]{4}"),
    "xsd:gYearMonth": re.compile(r"-?[0-9]{4}-(0[1-9]|1[0-2])"),
    "xsd:date": re.compile(r"-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"),
    "xsd:boolean": re.compile(r"true|false|1|0"),
}
# Relations: which record kind each argument must name (None: any identifier or '-').
ARGUMENTS = {
    "generation_expression": ("entity", "activity"),
    "usage_expression": ("activity", "entity"),
    "association_expression": ("activity", "agent"),
    "derivation_expression": ("entity", "entity"),
    "alternate_expression": ("entity", "entity"),
    "specialization_expression": ("entity", "entity"),
    "membership_expression": ("entity", "entity"),
}
RECORDS = {"entity_expression": "entity", "activity_expression": "activity", "agent_expression": "agent"}

failures: list[str] = []


def check(condition: bool, message: str) -> None:
    if not condition:
        failures.append(message)


def names_in(tree: lark.Tree):
    for token in tree.scan_values(lambda v: isinstance(v, lark.Token)):
        if token.type == "QUALIFIED_NAME":
            yield str(token)
        elif token.type == "QUALIFIED_NAME_LITERAL":
            yield str(token)[1:-1]


def identifiers(node: lark.Tree) -> list[str]:
    return [str(child.children[0]) for child in node.children if isinstance(child, lark.Tree) and child.data == "identifier"]


def attributes(node: lark.Tree) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for pair in node.find_data("attribute_value_pair"):
        name, value = pair.children
        text = " ".join(str(t) for t in value.scan_values(lambda v: isinstance(v, lark.Token)))
        out.setdefault(str(name), []).append(text)
    return out


def check_document(parser: lark.Lark, label: str, text: str) -> None:
    try:
        tree = parser.parse(text)
    except lark.exceptions.LarkError as e:
        failures.append(f"{label}: not PROV-N: {str(e).splitlines()[0]}")
        return
    declared = {"prov", "xsd"} | {str(n.children[0]) for n in tree.find_data("namespace_declaration")}
    for name in set(names_in(tree)):
        if ":" in name:
            check(name.split(":", 1)[0] in declared, f"{label}: prefix of {name} is not declared")
    for literal in tree.find_data("typed_literal"):
        value, datatype = str(literal.children[0])[1:-1], str(literal.children[1])
        pattern = LEXICAL.get(datatype)
        check(pattern is not None, f"{label}: datatype {datatype} is not one citegraph means to write")
        check(pattern is None or pattern.fullmatch(value) is not None, f"{label}: {value!r} is no {datatype}")
    kinds: dict[str, str] = {}
    records: dict[str, dict[str, list[str]]] = {}
    for kind, record in RECORDS.items():
        for node in tree.find_data(kind):
            (identifier,) = identifiers(node)[:1]
            check(identifier not in kinds, f"{label}: {identifier} declared twice")
            kinds[identifier] = record
            records[identifier] = attributes(node)
    relations: dict[str, list[tuple[str, ...]]] = {}
    for kind, expected in ARGUMENTS.items():
        for node in tree.find_data(kind):
            ids = tuple(identifiers(node)[: len(expected)])
            relations.setdefault(kind, []).append(ids)
            for identifier, want in zip(ids, expected):
                check(kinds.get(identifier) == want, f"{label}: {kind} names {identifier}, which is no {want}")
    activities = [i for i, k in kinds.items() if k == "activity"]
    agents = [i for i, k in kinds.items() if k == "agent"]
    check(len(activities) == 1 and len(agents) == 1, f"{label}: {len(activities)} activities, {len(agents)} agents")
    if len(activities) != 1 or len(agents) != 1:
        return
    activity, agent = activities[0], agents[0]
    check(records[agent].get("prov:type") == ["'prov:SoftwareAgent'"], f"{label}: the agent is no prov:SoftwareAgent")
    check("cg:version" in records[agent] and "cg:version" in records[activity], f"{label}: no cg:version")
    check("cg:policy" in records[activity], f"{label}: the activity names no policy")
    check(relations.get("association_expression") == [(activity, agent)], f"{label}: no wasAssociatedWith")
    check(relations.get("generation_expression") == [("cg:assessment", activity)], f"{label}: no wasGeneratedBy")
    documents = sorted(i for i, a in records.items() if "'cg:Document'" in a.get("prov:type", []))
    used = sorted(e for a, e in relations.get("usage_expression", []))
    check(documents and used == documents, f"{label}: the activity used {used}, the documents are {documents}")
    print(f"{label}: PROV-N, {len(kinds)} records, {sum(map(len, relations.values()))} relations")


def export(citegraph: str, *args: str) -> str:
    done = subprocess.run([citegraph, "export", "--format", "provn", "--quiet", *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"export {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done.stdout


def main() -> int:
    citegraph, data = sys.argv[1], Path(sys.argv[2])
    parser = lark.Lark((Path(__file__).parent / "provn.lark").read_text(), start="document", parser="lalr")
    try:
        parser.parse('document\n  entity(e1, [ex:year="2017"^^xsd:gYear])\nendDocument\n')
        failures.append("the grammar took RDF's ^^ for a typed literal")
    except lark.exceptions.LarkError:
        pass
    corpus = sorted(p for p in data.iterdir()
                    if p.is_file() and p.suffix in {".txt", ".nxml", ".xml", ".md", ".html"} and p.name != "SOURCES.md")
    check(len(corpus) == 6, f"{len(corpus)} corpus files in {data}")
    for path in corpus:
        check_document(parser, path.name, export(citegraph, str(path)))
    check_document(parser, "provenance/chain", export(citegraph, "-r", str(data / "provenance" / "chain")))
    check_document(parser, "PLOS with --retractions",
                   export(citegraph, "--retractions", str(data / "retractions" / "retraction-watch-sample.csv"),
                          "--as-of", "2022-07-06", str(data / "jats-plosone-2020-dairy-lca.nxml")))
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
