#!/usr/bin/python3
"""Validates `citegraph check --format sarif` against the OASIS SARIF 2.1.0 schema.

    check_sarif.py CITEGRAPH DATA_DIR

For the Mali report, a footnoted GAO report, a file whose name holds a space and '#', and the
PLOS and GROBID TEI articles checked against the Retraction Watch fixture (--retractions),
runs `check --format sarif`, `--format json` and `--format text`, then:

- validates the SARIF log with python3-jsonschema against sarif-schema-2.1.0.json (OASIS,
  beside this script);
- requires one result per finding the text listing prints, in the same order, each at the
  line the text names, with the rule its verdict names and the claim's or reference's id;
- requires each result's ruleIndex to point at its rule, and the URI to decode to the path;
- requires the JSON findings to carry the same ids, rules and lines;
- with --retractions, requires resting-on-retracted and retracted-source results, as errors.

Exits 77 (skipped) when the jsonschema module is missing, 1 on any failure.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed; skipping")
    sys.exit(77)

FINDING = re.compile(r"^(.*):(\d+): ([a-z-]+): ")


def run(citegraph: str, *args: str) -> str:
    done = subprocess.run([citegraph, "check", *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"check {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done.stdout


def main() -> int:
    citegraph, data = sys.argv[1], Path(sys.argv[2])
    schema = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text())
    validator = jsonschema.Draft4Validator(schema)
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        odd = Path(tmp) / "report #2 of 2021.txt"
        shutil.copyfile(data / "usdol-mali-2021.txt", odd)
        notices = ["--retractions", str(data / "retractions" / "retraction-watch-sample.csv")]
        runs = [(data / "usdol-mali-2021.txt", []), (data / "footnoted" / "gao-06-282-breastfeeding.txt", []),
                (odd, []), (data / "jats-plosone-2020-dairy-lca.nxml", notices),
                (data / "tei-grobid-jner-2016-fes.tei.xml", notices)]
        for path, extra in runs:
            log = json.loads(run(citegraph, "--format", "sarif", *extra, str(path)))
            errors = sorted(validator.iter_errors(log), key=str)
            failures += [f"{path.name}: schema: {e.message} at {list(e.absolute_path)}" for e in errors[:5]]
            run_ = log["runs"][0]
            rules = run_["tool"]["driver"]["rules"]
            results = run_["results"]
            if extra:
                for rule in ("resting-on-retracted", "retracted-source"):
                    levels = {r["level"] for r in results if r["ruleId"] == rule}
                    if levels != {"error"}:
                        failures.append(f"{path.name}: {rule} results have levels {levels or 'none'}")
            text_findings = [FINDING.match(line) for line in run(citegraph, *extra, str(path)).splitlines()]
            text_findings = [m for m in text_findings if m]
            if len(results) != len(text_findings) or not results:
                failures.append(f"{path.name}: {len(results)} results, {len(text_findings)} findings in text")
            for result, finding in zip(results, text_findings):
                where = result["locations"][0]["physicalLocation"]
                uri = urllib.parse.unquote(where["artifactLocation"]["uri"])
                if uri != str(path) or uri != finding.group(1):
                    failures.append(f"{path.name}: uri {where['artifactLocation']['uri']} is not {path}")
                if where["region"]["startLine"] != int(finding.group(2)):
                    failures.append(f"{path.name}: line {where['region']['startLine']} != {finding.group(2)}")
                if result["ruleId"] != finding.group(3) or rules[result["ruleIndex"]]["id"] != result["ruleId"]:
                    failures.append(f"{path.name}: rule {result['ruleId']} != {finding.group(3)}")
                if not re.fullmatch(r"d1:[cr]\d+", result["properties"]["id"]):
                    failures.append(f"{path.name}: id {result['properties']['id']}")
            findings = json.loads(run(citegraph, "--format", "json", *extra, str(path)))["findings"]
            pairs = [(f["rule"], f["id"], f["line"]) for f in findings]
            expected = [(r["ruleId"], r["properties"]["id"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
                        for r in results]
            if pairs != expected:
                failures.append(f"{path.name}: JSON findings differ from the SARIF results")
            print(f"{path.name}: {len(results)} results, {len(rules)} rules, valid SARIF 2.1.0")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
