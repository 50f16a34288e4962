// The report's inline style sheet and script. Both are HTML raw text and must hold no '<',
// '>' or '&': the DOM serialiser would escape them, and a browser would not unescape them.
#pragma once

#include <string_view>

namespace citegraph::exports_detail {

// The colours match the DOT export's colour-blind-safe palette (Okabe and Ito).
inline constexpr std::string_view report_style = R"css(
:root { --ok: #009E73; --partly: #E69F00; --resting: #D55E00; --uncited: #999999;
  --dangling: #CC79A7; --current: #56B4E9; --ink: #1b1b1f; --muted: #5c5c66; --line: #d9d9e0;
  --paper: #ffffff; --wash: #f5f5f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--wash); }
header, main section { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; padding-bottom: 8px; }
h1 { font-size: 26px; margin: 0 0 4px; }
nav { display: flex; gap: 16px; margin-top: 8px; }
h2 { font-size: 20px; margin: 28px 0 10px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 16px; margin: 16px 0 6px; }
.lead, .note, .meta { color: var(--muted); }
.lead { margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 260px; flex: 1; }
.card table { border-collapse: collapse; width: 100%; }
.card td { padding: 2px 6px; }
.card td.count { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; width: 4em; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 13px; font-weight: 600;
  color: #fff; background: var(--muted); white-space: nowrap; }
.v-ok { background: var(--ok); }
.v-partly-stale { background: var(--partly); color: #000; }
.v-resting-on-stale, .v-stale, .v-stale-source, .v-stale-upstream { background: var(--resting); }
.v-uncited { background: var(--uncited); color: #000; }
.v-dangling { background: var(--dangling); color: #000; }
.v-anachronism { background: #000; }
.v-resting-on-retracted, .v-retracted, .v-retracted-source { background: #000; outline: 2px solid var(--resting); }
.v-concern-source, .v-corrected-source { background: var(--partly); color: #000; }
.v-current { background: var(--current); color: #000; }
.v-in-force { background: #0072B2; }
.timeline { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 6px; }
.timeline svg { display: block; width: 100%; height: auto; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 10px; align-items: center;
  background: var(--wash); padding: 8px 0; border-bottom: 1px solid var(--line); }
.filters select, .filters input, .filters button { font: inherit; padding: 3px 6px; }
.filters input { flex: 1; min-width: 200px; }
ol.stale-sources { margin: 0; padding-left: 2.2em; }
ol.stale-sources li::marker { color: var(--muted); font-weight: 600; }
.claims-count { display: inline-block; min-width: 5.5em; font-weight: 600; font-variant-numeric: tabular-nums; }
.table-scroll { overflow-x: auto; }
table.documents { border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); font-size: 14px; }
table.documents th, table.documents td { text-align: left; border-top: 1px solid var(--line); padding: 4px 8px; }
table.documents .count { text-align: right; font-variant-numeric: tabular-nums; }
table.documents tfoot th { border-top: 2px solid var(--ink); }
details.finding, details.reference, details.stale-source { background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
  margin: 6px 0; }
details summary { cursor: pointer; padding: 6px 10px; }
details[open] summary { border-bottom: 1px solid var(--line); }
.where { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; color: var(--muted); }
.body { padding: 6px 14px 12px; }
.body p { margin: 6px 0; }
.claim-text { font-size: 16px; }
table.sources { border-collapse: collapse; width: 100%; font-size: 14px; }
table.sources th, table.sources td { text-align: left; vertical-align: top; border-top: 1px solid var(--line); padding: 4px 6px; }
ul.claims { margin: 6px 0; padding-left: 20px; }
ul.claims li { margin: 3px 0; }
.graph { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; overflow: auto; max-height: 1400px; }
.graph svg { display: block; max-width: none; }
footer { max-width: 1200px; margin: 24px auto; padding: 0 24px; color: var(--muted); font-size: 13px; }
[hidden] { display: none !important; }
)css";

// Filters the findings by verdict, section and text; "#verdict=…&section=…&q=…" in the URL
// presets them (and is kept up to date, so a filtered view can be shared). A fragment naming
// an element opens it when it is a <details>.
inline constexpr std::string_view report_script = R"js(
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('details.finding'));
  var verdict = document.getElementById('filter-verdict');
  var section = document.getElementById('filter-section');
  var search = document.getElementById('filter-text');
  var shown = document.getElementById('shown-count');
  var keys = ['verdict', 'section', 'q'];

  // Every test holds (an array, since raw text cannot carry the and-operator).
  function visible(row) {
    var query = search.value.trim().toLowerCase();
    return [
      verdict.value === '' || row.getAttribute('data-verdict') === verdict.value,
      section.value === '' || row.getAttribute('data-sections').split(' ').indexOf(section.value) !== -1,
      query === '' || row.textContent.toLowerCase().indexOf(query) !== -1
    ].every(Boolean);
  }

  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      row.hidden = !visible(row);
      if (!row.hidden) count += 1;
    });
    shown.textContent = String(count);
  }

  function remember() {
    var params = new URLSearchParams();
    if (verdict.value !== '') params.set('verdict', verdict.value);
    if (section.value !== '') params.set('section', section.value);
    if (search.value.trim() !== '') params.set('q', search.value.trim());
    var fragment = params.toString();
    history.replaceState(null, '', fragment === '' ? location.pathname + location.search : '#' + fragment);
  }

  function readFragment() {
    var params = new URLSearchParams(location.hash.slice(1));
    if (!keys.some(function (key) { return params.has(key); })) return false;
    verdict.value = params.get('verdict') || '';
    section.value = params.get('section') || '';
    search.value = params.get('q') || '';
    apply();
    return true;
  }

  function openTarget() {
    if (location.hash === '') return;
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target === null) return;
    if (target.tagName === 'DETAILS') target.open = true;
    target.scrollIntoView();
  }

  function setOpen(open) {
    rows.forEach(function (row) { if (!row.hidden) row.open = open; });
  }

  [verdict, section].forEach(function (control) {
    control.addEventListener('change', function () { apply(); remember(); });
  });
  search.addEventListener('input', function () { apply(); remember(); });
  document.getElementById('expand-all').addEventListener('click', function () { setOpen(true); });
  document.getElementById('collapse-all').addEventListener('click', function () { setOpen(false); });
  window.addEventListener('hashchange', function () {
    if (readFragment()) document.getElementById('findings').scrollIntoView();
    else openTarget();
  });
  if (!readFragment()) {
    apply();
    openTarget();
  }
}());
)js";

// True if text can be the raw content of a <script> or <style> element as written.
constexpr bool is_raw_text_safe(std::string_view text) {
    return text.find_first_of("<>&") == std::string_view::npos;
}
static_assert(is_raw_text_safe(report_style));
static_assert(is_raw_text_safe(report_script));

}  // namespace citegraph::exports_detail
