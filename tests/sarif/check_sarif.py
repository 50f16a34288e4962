#!/usr/bin/python3
"""Validates `citegraph check --format sarif` against the OASIS SARIF 2.1.0 schema.

    check_sarif.py CITEGRAPH DATA_DIR

For the Mali report, a footnoted GAO report, a file whose name holds a space and '#', and the
PLOS and GROBID TEI articles checked against the Retraction Watch fixture (--retractions),
runs `check --format sarif`, `--format json` and `--format text`, then:

- validates the SARIF log with python3-jsonschema against sarif-schema-2.1.0.json (OASIS,
  beside this script);
- requires one result per finding the text listing prints, in the same order, each at the
  line and column the text names, with the rule its verdict names and the claim's or
  reference's id the text names;
- requires each result's ruleIndex to point at its rule, and the URI to decode to the path;
- requires the JSON findings to carry the same ids, rules, lines and columns;
- requires --hide and --only to leave out the same findings in all three formats (with
  --retractions, --only retracted-source and --hide resting-on-retracted);
- with --retractions, requires resting-on-retracted and retracted-source results, as errors;
- with a citegraph.toml suppressing a claim and a reference, and a baseline written before a
  stale claim was added to the report, requires the log to validate, the claim's result and
  each of the reference's (it is stale and unverifiable) to carry an external suppression with
  its reason, and exactly the added claim to be new;
- for 60 copies of the Mali report, about ten thousand findings, requires the text, JSON and
  SARIF listings to name the same findings in the same order.

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

FINDING = re.compile(r"^(.*):(\d+):(\d+): ([a-z-]+): (d1:[cr]\d+) ")


def run(citegraph: str, *args: str) -> str:
    done = subprocess.run([citegraph, "check", *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"check {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done.stdout


def filtered_alike(citegraph: str, path: Path, extra: list[str], rules: list[str]) -> list[str]:
    """--hide uncited --hide unverifiable and --only stale-source (with --retractions, --only
    retracted-source and --hide resting-on-retracted) list the same findings in text, JSON and
    SARIF: those of the unfiltered run that the filter lets through."""
    failures = []
    filters = [(["--hide", "uncited", "--hide", "unverifiable"], lambda r: r not in ("uncited", "unverifiable"))]
    if extra:
        filters += [(["--only", "retracted-source"], lambda r: r == "retracted-source"),
                    (["--hide", "resting-on-retracted"], lambda r: r != "resting-on-retracted")]
    else:
        filters.append((["--only", "stale-source"], lambda r: r == "stale-source"))
    for args, keep in filters:
        args = [*extra, *args]
        wanted = [r for r in rules if keep(r)]
        text = [m.group(4) for m in map(FINDING.match, run(citegraph, *args, str(path)).splitlines()) if m]
        as_json = [f["rule"] for f in json.loads(run(citegraph, "--format", "json", *args, str(path)))["findings"]]
        sarif = [r["ruleId"] for r in json.loads(run(citegraph, "--format", "sarif", *args, str(path)))["runs"][0]["results"]]
        if not wanted or not (text == as_json == sarif == wanted):
            failures.append(f"{path.name}: {' '.join(args)}: {len(text)} text, {len(as_json)} JSON, {len(sarif)} SARIF "
                            f"findings; {len(wanted)} expected")
    return failures


def check_suppressions_and_baseline(citegraph: str, data: Path, tmp: Path, validator) -> list[str]:
    """A citegraph.toml suppression and a baseline: the log still validates, the suppressed
    results carry an external suppression with the reason, and after a new stale claim is
    added to the report exactly one result is new, every other one unchanged."""
    failures: list[str] = []
    folder = tmp / "suppressed"
    folder.mkdir()
    report = folder / "mali.txt"
    shutil.copyfile(data / "usdol-mali-2021.txt", report)
    findings = json.loads(run(citegraph, "--format", "json", str(report)))["findings"]
    claim, reference = findings[0], next(f for f in findings if f["rule"] == "stale-source")
    (folder / "citegraph.toml").write_text(
        f'[[suppress]]\nclaim = "{claim["hash"]}"\nreason = "Quoted on purpose"\n\n'
        f'[[suppress]]\nreference = "{reference["hash"]}"\nreason = "The only source"\nexpires = 2999-12-31\n')
    baseline = folder / "baseline.json"
    run(citegraph, "--write-baseline", str(baseline), str(report))
    text = report.read_text()
    at = text.index("\nChildren in Mali are subjected") + 1
    report.write_text(text[:at] + "Traffickers sold children at the weekly markets of Mopti. (25)\n\n" + text[at:])
    log = json.loads(run(citegraph, "--format", "sarif", "--baseline", str(baseline), str(report)))
    errors = sorted(validator.iter_errors(log), key=str)
    failures += [f"suppressed: schema: {e.message} at {list(e.absolute_path)}" for e in errors[:5]]
    results = log["runs"][0]["results"]
    suppressed = [r for r in results if "suppressions" in r]
    # A reference suppressed without a rule takes every finding about it: the embassy's
    # reporting is both stale and unverifiable.
    named = [(f["rule"], f["hash"]) for f in findings if f["hash"] in (claim["hash"], reference["hash"])]
    if [(r["ruleId"], r["properties"]["hash"]) for r in suppressed] != named or len(named) != 3:
        failures.append(f"suppressed: {len(suppressed)} suppressed results, not the {len(named)} findings named")
    for r in suppressed:
        if [s["kind"] for s in r["suppressions"]] != ["external"] or not r["suppressions"][0]["justification"]:
            failures.append(f"suppressed: {r['suppressions']} is not one external suppression with its reason")
    fresh = [r for r in results if r.get("baselineState") == "new"]
    unchanged = [r for r in results if r.get("baselineState") == "unchanged"]
    if len(fresh) != 1 or not fresh[0]["properties"]["text"].startswith("Traffickers sold children"):
        failures.append(f"baseline: {len(fresh)} new results, not the one added claim")
    if len(fresh) + len(unchanged) + len(suppressed) != len(results):
        failures.append("baseline: a result without a baselineState")
    if any(not r.get("partialFingerprints", {}).get("citegraph/v1") for r in results):
        failures.append("baseline: a result without its fingerprint")
    print(f"suppressions and baseline: {len(results)} results, {len(suppressed)} suppressed, "
          f"{len(fresh)} new, {len(unchanged)} unchanged, valid SARIF 2.1.0")
    return failures


def check_long_listing(citegraph: str, data: Path, tmp: Path, validator) -> list[str]:
    """60 copies of the Mali report: a listing of about ten thousand findings, longer than the
    batch the text, JSON and SARIF writers make on every core at a time. The log still validates,
    and the text, JSON and SARIF list the same findings in the same order: none lost,
    doubled or moved where one batch ends and the next begins."""
    failures: list[str] = []
    folder = tmp / "many"
    folder.mkdir()
    for i in range(60):
        shutil.copyfile(data / "usdol-mali-2021.txt", folder / f"mali-{i:02d}.txt")
    line = re.compile(r"^(.*):(\d+):(\d+): ([a-z-]+): (d\d+:[cr]\d+) ")
    text = [(m.group(1), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5))
            for m in map(line.match, run(citegraph, str(folder)).splitlines()) if m]
    findings = json.loads(run(citegraph, "--format", "json", str(folder)))["findings"]
    as_json = [(f["path"], f["line"], f["column"], f["rule"], f["id"]) for f in findings]
    log = json.loads(run(citegraph, "--format", "sarif", str(folder)))
    errors = sorted(validator.iter_errors(log), key=str)
    failures += [f"60 copies: schema: {e.message} at {list(e.absolute_path)}" for e in errors[:5]]
    sarif = []
    for r in log["runs"][0]["results"]:
        where = r["locations"][0]["physicalLocation"]
        sarif.append((urllib.parse.unquote(where["artifactLocation"]["uri"]), where["region"]["startLine"],
                      where["region"]["startColumn"], r["ruleId"], r["properties"]["id"]))
    if len(text) < 9000:
        failures.append(f"60 copies: only {len(text)} findings in text, too few to cross a batch")
    if not text == as_json == sarif:
        failures.append(f"60 copies: {len(text)} text, {len(as_json)} JSON and {len(sarif)} SARIF findings differ")
    print(f"60 copies: {len(sarif)} results alike in text, JSON and SARIF, valid SARIF 2.1.0")
    return failures


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
                region = where["region"]
                if (region["startLine"], region.get("startColumn")) != (int(finding.group(2)), int(finding.group(3))):
                    failures.append(f"{path.name}: {region} is not line {finding.group(2)}, column {finding.group(3)}")
                if result["ruleId"] != finding.group(4) or rules[result["ruleIndex"]]["id"] != result["ruleId"]:
                    failures.append(f"{path.name}: rule {result['ruleId']} != {finding.group(4)}")
                if result["properties"]["id"] != finding.group(5):
                    failures.append(f"{path.name}: id {result['properties']['id']} != {finding.group(5)}")
            findings = json.loads(run(citegraph, "--format", "json", *extra, str(path)))["findings"]
            pairs = [(f["rule"], f["id"], f["line"], f["column"]) for f in findings]
            expected = [(r["ruleId"], r["properties"]["id"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
                         r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in results]
            if pairs != expected:
                failures.append(f"{path.name}: JSON findings differ from the SARIF results")
            failures += filtered_alike(citegraph, path, extra, [r["ruleId"] for r in results])
            print(f"{path.name}: {len(results)} results, {len(rules)} rules, valid SARIF 2.1.0")
        failures += check_suppressions_and_baseline(citegraph, data, Path(tmp), validator)
        failures += check_long_listing(citegraph, data, Path(tmp), validator)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
