"""Text that would break a writer, read back by the consumers of each output.

Usage: read_back.py CITEGRAPH WORKDIR. Writes a plain-text and an HTML document whose
claims, references and section titles hold quotes, backslashes, '<', '&', DOT keywords and
control characters, runs export (JSON, GraphML, DOT), render (SVG) and report (HTML) on
each, and reads every output back with its real consumer: json, networkx and igraph,
Graphviz (cgraph through dot and gvpr), xml.etree and html.parser. Exits 1 naming the first
text that did not survive.

JSON carries every character. XML 1.0 cannot carry most C0 control characters, nor U+FFFE
and U+FFFF, so GraphML, DOT, SVG and the HTML report drop U+0001..U+001F (but tab, newline,
carriage return) and U+007F, and write U+FFFE and U+FFFF (raw in the text document, as
character references in the HTML one) as U+FFFD.
"""
import html.parser
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx

CITEGRAPH, WORK = sys.argv[1], sys.argv[2]
os.makedirs(WORK, exist_ok=True)

# The claim and reference as the text importer reads them: markup tags dropped, lines joined.
TEXT_CLAIM = 'node "edge" said: back\\slash \\N \\l & amp; {graph} -> digraph; strict a\x01b\x1fc\x7fd\ufffee\uffff.'
TEXT_REFERENCE = 'subgraph "strict" & \\l back\\slash\x02 <node> end. 2021.'
TEXT_SECTION = 'I. NODE "EDGE" & STRICT \\ DIGRAPH'
TEXT_DOCUMENT = (TEXT_SECTION + '\n\n' + TEXT_CLAIM + ' (1)\n\nREFERENCES\n\n- ' + TEXT_REFERENCE + '\n')
TEXT_REFERENCE = TEXT_REFERENCE.replace('<node> ', '')  # a tag in plain text is markup

HTML_CLAIM = 'graph "digraph" <script>alert(1)</script> & back\\slash \\N edge.'
HTML_REFERENCE = 'subgraph <b>"strict"</b> & \\l node\uffff\ufffe. 2021.'
HTML_DOCUMENT = (
    '<html><head><title>digraph &lt;x&gt; "node"</title></head><body>'
    '<h2>strict &amp; "subgraph"</h2><p>' + html.escape(HTML_CLAIM, quote=False) +
    '<sup><a href="#cite_note-1">[1]</a></sup></p><h2>References</h2><ol class="references">'
    '<li id="cite_note-1">' + html.escape(HTML_REFERENCE, quote=False).replace('\uffff', '&#xFFFF;')
    .replace('\ufffe', '&#xFFFE;') + '</li></ol></body></html>\n')

failures = []


def clean(text):
    """What the XML-based writers keep of text: no C0 control but tab, newline, CR; no DEL;
    U+FFFE and U+FFFF, which XML forbids, become U+FFFD."""
    kept = ''.join(c for c in text if not ((ord(c) < 0x20 and c not in '\t\n\r') or c == '\x7f'))
    return kept.replace('\ufffe', '\ufffd').replace('\uffff', '\ufffd')


def expect(where, found, text):
    if text not in found:
        failures.append(f'{where}: {text!r} not found')


def run(*args):
    result = subprocess.run([CITEGRAPH, *args], capture_output=True, cwd=WORK)
    if result.returncode != 0:
        failures.append(f'citegraph {" ".join(args)} exited {result.returncode}: {result.stderr.decode()}')
    return result.stdout


class PageText(html.parser.HTMLParser):
    """The text and attribute values a browser would show, entity references decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        self.parts.extend(value for _, value in attrs if value)


def svg_text(path):
    """Every text and attribute value of an SVG, which must parse as XML."""
    root = ET.parse(path).getroot()
    parts = []
    for element in root.iter():
        parts.extend([element.text or ''] + list(element.attrib.values()))
    return '\n'.join(parts)


def check(name, document, texts, sections):
    with open(os.path.join(WORK, name), 'w', encoding='utf-8') as out:
        out.write(document)
    stem = os.path.splitext(name)[0]
    for fmt in ('json', 'graphml', 'dot'):
        run('export', '-f', fmt, '-o', f'{stem}.{fmt}', name)
    run('render', '-o', f'{stem}.svg', name)
    run('report', '-o', f'{stem}-report.html', name)

    data = json.load(open(os.path.join(WORK, f'{stem}.json'), encoding='utf-8'))['documents'][0]
    json_texts = [c['text'] for c in data['claims']] + [r['text'] for r in data['references']] + \
                 [c['section'] for c in data['claims']]
    graphml = os.path.join(WORK, f'{stem}.graphml')
    nx_texts = [d.get('text', '') for _, d in networkx.read_graphml(graphml).nodes(data=True)]
    ig_texts = [t or '' for t in igraph.Graph.Read_GraphML(graphml).vs['text']]
    dot_path = os.path.join(WORK, f'{stem}.dot')
    canon = subprocess.run(['dot', '-Tcanon', dot_path], capture_output=True)
    if canon.returncode != 0:
        failures.append(f'dot -Tcanon {stem}.dot: {canon.stderr.decode()}')
    # gvpr reads the file with cgraph, as any Graphviz tool does, and prints each tooltip
    # as stored; dot's own escapes (\\ for a backslash) are then undone as dot undoes them.
    tooltips = subprocess.run(['gvpr', 'N { print($.tooltip); }', dot_path], capture_output=True,
                              text=True).stdout.replace('\\n', '\n').replace('\\\\', '\\')
    dot_svg = subprocess.run(['dot', '-Tsvg', dot_path, '-o', os.path.join(WORK, f'{stem}-dot.svg')])
    if dot_svg.returncode != 0:
        failures.append(f'dot -Tsvg {stem}.dot failed')
    page = PageText()
    page.feed(open(os.path.join(WORK, f'{stem}-report.html'), encoding='utf-8').read())
    for text in texts:
        expect(f'{stem}.json', json_texts, text)
        expect(f'{stem}.graphml (networkx)', nx_texts, clean(text))
        expect(f'{stem}.graphml (igraph)', ig_texts, clean(text))
        expect(f'{stem}.dot (gvpr)', tooltips, clean(text))
        expect(f'{stem}-dot.svg (dot, then xml.etree)', svg_text(os.path.join(WORK, f'{stem}-dot.svg')), clean(text))
        expect(f'{stem}.svg (xml.etree)', svg_text(os.path.join(WORK, f'{stem}.svg')), clean(text))
        if text not in sections:  # the report names sections only where they have findings
            expect(f'{stem}-report.html (html.parser)', '\n'.join(page.parts), clean(text))


check('graph.txt', TEXT_DOCUMENT, [TEXT_CLAIM, TEXT_REFERENCE, TEXT_SECTION], [TEXT_SECTION])
check('digraph.html', HTML_DOCUMENT, [HTML_CLAIM, HTML_REFERENCE, 'strict & "subgraph"'], ['strict & "subgraph"'])
for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
