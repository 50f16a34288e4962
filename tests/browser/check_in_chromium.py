#!/usr/bin/python3
"""Opens citegraph's pictures in headless Chromium and checks the page the browser built.

    check_in_chromium.py report CITEGRAPH DOCUMENT WORK_DIR
    check_in_chromium.py svg    CITEGRAPH DOCUMENT WORK_DIR

`report` writes the HTML report of DOCUMENT and checks from the rendered DOM (chromium
--dump-dom) that the findings (as many as the JSON export implies), the filters and the
embedded graph are there, that the stale sources come first, ranked by the claims resting on
them, with a working link to the newer edition, that a report of DOCUMENT and two other
documents beside it has a table with a row of counts per document, that the #verdict=… and #q=… fragments filter the rows, that the
Content-Security-Policy blocked nothing of the page's own, and that document text holding
markup stays text. `svg` renders the stale paths of DOCUMENT and checks the SVG loads.
Each keeps a screenshot in WORK_DIR. Exits 77 (ctest's skip code) only when no Chromium
is installed.
"""
import html.parser
import json
import xml.etree.ElementTree
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
CLAIM_FINDINGS = {"resting-on-stale", "partly-stale", "uncited", "dangling"}


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run(args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, timeout=180, **kwargs)
    if result.returncode != 0:
        fail("%s exited %d: %s" % (" ".join(map(str, args)), result.returncode, result.stderr[-2000:]))
    return result


def chromium(browser, url, *options):
    """Runs headless Chromium on url; returns (dumped DOM or "", browser log)."""
    with tempfile.TemporaryDirectory(prefix="citegraph-chromium-") as profile:
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", *options, url]
        result = run(args)
        return result.stdout, result.stderr


class Page(html.parser.HTMLParser):
    """The parts of a dumped DOM the checks need."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows = []          # each finding row: {"verdict", "hidden", "text"}
        self.stale_rows = []    # each stale source row: {"reference", "claims", "open", "newer"}
        self.open_details = []  # ids of <details open>
        self.document_rows = [] # each row of the table of documents: its cells' text
        self._cells = None
        self.options = {}       # select id -> list of option values
        self.ids = {}           # element id -> tag
        self.scripts = 0
        self.tags = {}          # tag -> count
        self.handler_attributes = []
        self.graph_nodes = 0    # <g class="node …"> inside <section id="graph">
        self.nodes = 0          # <g class="node …"> anywhere
        self.graph_svgs = 0
        self.texts = []
        self._row = None
        self._select = None
        self._stack = []
        self._text_target = None
        self._in_documents = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.handler_attributes += [name for name, _ in attrs if name.startswith("on")]
        if "id" in a:
            self.ids[a["id"]] = tag
        in_graph = any(t == "section" and i == "graph" for t, i in self._stack)
        if tag == "details" and "open" in a and "id" in a:
            self.open_details.append(a["id"])
        if tag == "details" and "stale-source" in a.get("class", "").split():
            self.stale_rows.append({"reference": a.get("data-reference"), "claims": int(a.get("data-claims")),
                                    "open": "open" in a, "newer": None})
        if tag == "a" and "newer" in a.get("class", "").split() and self.stale_rows:
            self.stale_rows[-1]["newer"] = a.get("href")
        if tag == "tr" and any(t == "table" and i is None for t, i in self._stack) and \
                any(t == "tbody" for t, _ in self._stack) and self._in_documents:
            self._cells = []
        if tag == "table":
            self._in_documents = "documents" in a.get("class", "").split()
        if tag == "td" and self._cells is not None:
            self._cells.append([])
        if tag == "details" and "finding" in a.get("class", "").split():
            self._row = {"verdict": a.get("data-verdict"), "hidden": "hidden" in a, "text": []}
        if tag == "select":
            self._select = a.get("id")
            self.options[self._select] = []
        if tag == "option" and self._select:
            self.options[self._select].append(a.get("value", ""))
        if tag == "script":
            self.scripts += 1
        if in_graph and tag == "svg":
            self.graph_svgs += 1
        if tag == "g" and "node" in a.get("class", "").split():
            self.nodes += 1
            self.graph_nodes += in_graph
        if tag == "span" and a.get("id") == "shown-count":
            self._text_target = "shown"
        if tag not in ("meta", "input", "br", "link", "img", "hr"):
            self._stack.append((tag, a.get("id")))

    def handle_endtag(self, tag):
        while self._stack:
            t, _ = self._stack.pop()
            if t == tag:
                break
        if tag == "details" and self._row is not None:
            self._row["text"] = " ".join("".join(self._row["text"]).split())
            self.rows.append(self._row)
            self._row = None
        if tag == "select":
            self._select = None
        if tag == "tr" and self._cells is not None:
            self.document_rows.append(["".join(cell).strip() for cell in self._cells])
            self._cells = None

    def handle_data(self, data):
        self.texts.append(data)
        if self._cells:
            self._cells[-1].append(data)
        if self._row is not None:
            self._row["text"].append(data)
        if self._text_target == "shown":
            self.shown = data.strip()
            self._text_target = None


def parse(dom):
    page = Page()
    page.feed(dom)
    page.close()
    return page


def csp_violations(log):
    return [line for line in log.splitlines() if "Content Security Policy" in line]


def expected_findings(citegraph, document, extra=()):
    """Finding names per the JSON export: each claim not ok, each anachronism, then each
    undated, unverifiable and draft reference (the stale sources have a part of their own)."""
    exported = json.loads(run([citegraph, "export", "--format", "json", *extra, document]).stdout)
    names = []
    for doc in exported["documents"]:
        for claim in doc["claims"]:
            if claim["verdict"] != "ok":
                names.append(claim["verdict"])
            if claim["anachronism"]:
                names.append("anachronism")
    for flag in ("undated", "unverifiable", "draft"):
        names += [flag for doc in exported["documents"] for r in doc["references"] if flag in r["flags"]]
    return names


def render_stale_paths(citegraph, document, work):
    """Renders the stale paths as SVG; returns (path, node count read by a strict XML parser)."""
    svg = work / "stale.svg"
    run([citegraph, "render", "--only", "stale", "-o", str(svg), document])
    try:
        root = xml.etree.ElementTree.parse(svg).getroot()
    except xml.etree.ElementTree.ParseError as error:
        fail("the rendered SVG is not well-formed XML: %s" % error)
    nodes = sum(1 for g in root.iter("{http://www.w3.org/2000/svg}g") if "node" in g.get("class", "").split())
    expect(nodes > 0, "the rendered SVG has no nodes")
    return svg, nodes


def check_report(browser, citegraph, document, work):
    report = work / "report.html"
    run([citegraph, "report", "-o", str(report), document])
    names = expected_findings(citegraph, document)
    expect(names, "the document has no findings to show")
    url = report.resolve().as_uri()

    dom, log = chromium(browser, url, "--dump-dom")
    page = parse(dom)
    expect(not csp_violations(log), "the policy blocked part of the page: %s" % csp_violations(log)[:3])
    expect(len(page.rows) == len(names), "%d finding rows, the export implies %d" % (len(page.rows), len(names)))
    expect([r["verdict"] for r in page.rows] == sorted(names, key=lambda n: -(
        4 if n == "dangling" else 3 if n in ("resting-on-stale", "anachronism") else
        2 if n == "partly-stale" else 1 if n == "uncited" else 0)),
        "the rows are not worst first")
    expect(not any(r["hidden"] for r in page.rows), "rows are hidden without a filter")
    expect(getattr(page, "shown", None) == str(len(names)), "the counter does not show every finding")
    verdict_options = page.options.get("filter-verdict", [])
    expect(set(verdict_options) == set(names) | {""}, "verdict filter offers %s" % verdict_options)
    expect(len(page.options.get("filter-section", [])) > 2, "the section filter offers no sections")
    expect(page.ids.get("filter-text") == "input", "no search box")
    expect(page.graph_svgs == 1, "%d graph SVGs embedded, expected 1" % page.graph_svgs)
    _, rendered_nodes = render_stale_paths(citegraph, document, work)
    expect(page.graph_nodes == rendered_nodes,
           "the embedded graph has %d nodes, render --only stale draws %d" % (page.graph_nodes, rendered_nodes))
    expect(page.scripts == 1, "%d script elements" % page.scripts)

    # A fragment presets the verdict filter; only those rows stay visible.
    verdict = "resting-on-stale"
    dom, log = chromium(browser, url + "#verdict=" + verdict, "--dump-dom")
    page = parse(dom)
    visible = [r for r in page.rows if not r["hidden"]]
    expect(len(visible) == names.count(verdict),
           "%d rows visible for %s, the export has %d" % (len(visible), verdict, names.count(verdict)))
    expect(all(r["verdict"] == verdict for r in visible), "a row of another verdict stayed visible")
    expect(page.shown == str(len(visible)), "the counter disagrees with the visible rows")

    # Text search: the visible rows are exactly those holding the text.
    query = "Taoudenni"
    dom, _ = chromium(browser, url + "#q=" + query, "--dump-dom")
    page = parse(dom)
    holding = [r for r in page.rows if query.lower() in r["text"].lower()]
    expect(holding, "no finding mentions %s" % query)
    expect(all(not r["hidden"] for r in holding), "a row holding the text was hidden")
    expect(all(r["hidden"] for r in page.rows if r not in holding), "a row without the text stayed visible")

    check_stale_sources(browser, citegraph, document, url)

    screenshot = work / "report.png"
    chromium(browser, url, "--screenshot=" + str(screenshot), "--window-size=1280,2000", "--hide-scrollbars")
    expect(screenshot.exists() and screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", "no screenshot")
    print("report: %d findings, %d %s, filters work; screenshot %s" % (
        len(names), names.count(verdict), verdict, screenshot))


def check_stale_sources(browser, citegraph, document, url):
    """The stale sources part: every stale reference of the export, ranked by the claims
    resting on it, collapsed; a newer edition's link opens that edition's entry."""
    exported = json.loads(run([citegraph, "export", "--format", "json", document]).stdout)
    # Documents are d1, d2, ... in export order; a reference's id is its document's and its number.
    stale = [(len(r["cited_by"]), "d%d:r%d" % (n, r["number"])) for n, d in enumerate(exported["documents"], 1)
             for r in d["references"] if r["stale"] or r["stale_upstream"]]
    dom, _ = chromium(browser, url, "--dump-dom")
    page = parse(dom)
    rows = page.stale_rows
    expect(len(rows) == len(stale), "%d stale source rows, the export has %d" % (len(rows), len(stale)))
    expect([r["claims"] for r in rows] == sorted((n for n, _ in stale), reverse=True),
           "the stale sources are not ranked by the claims resting on them")
    expect({r["reference"]: r["claims"] for r in rows} == {i: n for n, i in stale},
           "a stale source row counts other claims than the export")
    expect(not any(r["open"] for r in rows), "a stale source row is open without being asked")
    expect(list(page.ids).index("stale-sources") < list(page.ids).index("finding-list"),
           "the stale sources do not come before the findings")
    linked = [r for r in rows if r["newer"]]
    expect(linked, "no stale source names its newer edition")
    target = linked[0]["newer"]
    expect(page.ids.get(target[1:]) == "details", "the newer edition's link %s leads nowhere" % target)
    dom, _ = chromium(browser, url + target, "--dump-dom")
    expect(target[1:] in parse(dom).open_details, "following %s does not open that reference" % target)
    print("stale sources: %d ranked, first %s with %d claims; %s opens" % (
        len(rows), rows[0]["reference"], rows[0]["claims"], target))


def check_document_table(browser, citegraph, document, work):
    """A report of several documents: one table row per document, with the counts the export gives."""
    folder = pathlib.Path(document).parent
    files = [document] + [str(folder / name) for name in ("jats-plosone-2020-dairy-lca.nxml", "wikipedia-duck.html")]
    report = work / "corpus.html"
    run([citegraph, "report", "-o", str(report), *files])
    exported = json.loads(run([citegraph, "export", "--format", "json", *files]).stdout)
    dom, log = chromium(browser, report.resolve().as_uri(), "--dump-dom")
    expect(not csp_violations(log), "the policy blocked part of the corpus page: %s" % csp_violations(log)[:3])
    page = parse(dom)
    expect(len(page.document_rows) == len(files), "%d document rows for %d documents" % (len(page.document_rows), len(files)))
    for row, doc in zip(page.document_rows, exported["documents"]):
        verdicts = [sum(1 for c in doc["claims"] if c["verdict"] == v)
                    for v in ("resting-on-stale", "partly-stale", "dangling", "uncited")]
        stale = sum(1 for r in doc["references"] if r["stale"] or r["stale_upstream"])
        expected = [doc["path"], str(len(doc["claims"]))] + [str(n) for n in verdicts]
        expect([row[1], row[4]] + row[5:9] == expected, "row %s is not %s" % (row, expected))
        expect(row[10] == str(len(doc["references"])) and row[11] == str(stale),
               "row %s does not count %d references, %d stale" % (row, len(doc["references"]), stale))
    expect("card" not in dom.split('id="stale-sources"')[0].split('id="summary"')[1],
           "the corpus summary still holds a card per document")
    print("corpus: a table of %d documents" % len(page.document_rows))


def check_markup_stays_text(browser, citegraph, document, work):
    """A claim and a reference holding markup show as text; no element comes of them."""
    text = pathlib.Path(document).read_text(encoding="utf-8")
    claim = "In 2021, at least 46 displaced child slaves were identified in Mali. (11)"
    entry = "- U.S. Embassy- Bamako. Reporting. February 23, 2018."
    expect(claim in text and entry in text, "the crafted lines are not in the document")
    injected_claim = '&lt;script&gt;alert(1)&lt;/script&gt; "><img src=x onerror=alert(1) //'
    injected_entry = '"><svg onload=alert(2)// <iframe src=javascript:alert(3)'
    text = text.replace(claim, "In 2021, " + injected_claim + " were identified in Mali. (11)")
    text = text.replace(entry, "- U.S. Embassy- Bamako. " + injected_entry + " Reporting. February 23, 2018.")
    crafted = work / "crafted.txt"
    crafted.write_text(text, encoding="utf-8")
    report = work / "crafted.html"
    run([citegraph, "report", "-o", str(report), str(crafted)])
    dom, log = chromium(browser, report.resolve().as_uri(), "--dump-dom")
    page = parse(dom)
    expect(not csp_violations(log), "the policy blocked something: %s" % csp_violations(log)[:3])
    for tag in ("img", "iframe"):
        expect(tag not in page.tags, "the document text became an <%s> element" % tag)
    expect(page.scripts == 1, "the document text became a <script> element")
    expect(not page.handler_attributes, "event handlers in the page: %s" % page.handler_attributes)
    shown = " ".join("".join(page.texts).split())
    expect(injected_claim in shown, "the claim's markup is not shown as text")
    expect(injected_entry in shown, "the reference's markup is not shown as text")
    print("crafted input: markup in a claim and a reference shows as text")


def check_svg(browser, citegraph, document, work):
    svg, nodes = render_stale_paths(citegraph, document, work)
    dom, _ = chromium(browser, svg.resolve().as_uri(), "--dump-dom")
    expect("parsererror" not in dom, "Chromium could not parse the SVG")
    page = parse(dom)
    expect(page.tags.get("svg", 0) >= 1, "Chromium built no <svg> from the file")
    expect(page.nodes == nodes, "Chromium built %d of the SVG's %d nodes" % (page.nodes, nodes))
    screenshot = work / "stale-svg.png"
    chromium(browser, svg.resolve().as_uri(), "--screenshot=" + str(screenshot), "--window-size=1280,2000")
    expect(screenshot.exists() and screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", "no screenshot of the SVG")
    print("svg: all %d nodes load in Chromium; screenshot %s" % (nodes, screenshot))


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("report", "svg"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, citegraph, document, work = sys.argv[1], sys.argv[2], sys.argv[3], pathlib.Path(sys.argv[4])
    browser = find_chromium()
    if browser is None:
        print("SKIP: no Chromium installed (scripts/bootstrap installs Debian's chromium)")
        return SKIP
    work.mkdir(parents=True, exist_ok=True)
    if mode == "report":
        check_report(browser, citegraph, document, work)
        check_markup_stays_text(browser, citegraph, document, work)
        check_document_table(browser, citegraph, document, work)
    else:
        check_svg(browser, citegraph, document, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
