//! One self-contained HTML page (inline CSS and JavaScript, no external assets): a summary
//! with a badge per verdict, a legend, then each article with every claim highlighted in its
//! verdict's colour. Hovering over (or focusing) a claim shows the fact and source in a
//! tooltip; clicking it shows the full finding in a side panel, next to the list of the
//! article's errors and warnings. The page also reads without JavaScript: the tooltips are
//! CSS, and the issue list carries every discrepancy's message.

use super::escape::{defuse_workflow_commands, html as escape};
use super::position::repo_relative;
use super::wording::plural;
use super::{CheckedFile, Options, Run, Summary};
use crate::check::{Finding, Severity, Verdict};
use std::io::{self, Write};

/// Escapes article text: as [`escape`], but line breaks (`\n`, `\r\n`) stay line breaks; a
/// bare `\r` is escaped, since a CI runner would read it as the end of a line.
fn escape_text(text: &str) -> String {
    escape(text)
        .replace("&#13;&#10;", "\r\n")
        .replace("&#10;", "\n")
}

/// The verdicts in the order the page shows them: the worst first.
const VERDICTS: [Verdict; 6] = [
    Verdict::Contradicted,
    Verdict::Inconsistent,
    Verdict::Imprecise,
    Verdict::Outdated,
    Verdict::Supported,
    Verdict::Unverifiable,
];

fn label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Contradicted => "Contradicted",
        Verdict::Inconsistent => "Inconsistent",
        Verdict::Imprecise => "Imprecise",
        Verdict::Supported => "Supported",
        Verdict::Unverifiable => "Unverifiable",
        Verdict::Outdated => "Outdated",
    }
}

fn meaning(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Contradicted => "contradicts the facts",
        Verdict::Inconsistent => "contradicts the text",
        Verdict::Imprecise => "outside the fact",
        Verdict::Supported => "matches the facts",
        Verdict::Unverifiable => "not checkable",
        Verdict::Outdated => "right for an earlier date",
    }
}

const STYLE: &str = r#"
:root {
  --ink: #1d2330; --muted: #5b6472; --line: #e3e6eb; --paper: #ffffff; --page: #f4f5f7;
  --red: #c4302b; --red-bg: #fde7e6; --amber: #b7791f; --amber-bg: #fff1d0;
  --green: #2f855a; --green-bg: #e1f4e8; --grey: #7a828e; --grey-bg: #eceef1;
  --accent: #2b4c7e;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header.top { background: #1f2a3c; color: #fff; padding: 22px 0 20px; }
.brand { font-size: 12px; letter-spacing: .12em; text-transform: uppercase; color: #aab6c8; }
.brand b { color: #fff; letter-spacing: .06em; }
header h1 { margin: 4px 0 2px; font-size: 24px; font-weight: 650; }
header .meta { margin: 0; color: #c9d2df; }
.status { display: inline-block; margin-left: 8px; padding: 1px 10px; border-radius: 999px;
  font-size: 12px; font-weight: 650; vertical-align: 3px; }
.status.s-error { background: var(--red); color: #fff; }
.status.s-warning { background: #e0a63a; color: #2a1d05; }
.status.s-ok { background: #3a9b68; color: #fff; }
.badges { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.badge { display: inline-flex; align-items: baseline; gap: 6px; padding: 5px 12px;
  border-radius: 8px; background: rgba(255,255,255,.08); color: #dfe6ef; font-size: 13px;
  border-left: 4px solid var(--c); }
.badge b { font-size: 17px; color: #fff; }
.badge.zero { opacity: .5; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 20px; align-items: center;
  padding: 12px 0; color: var(--muted); font-size: 13px; }
.legend .claim { cursor: default; }
.file { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  margin: 4px 0 28px; box-shadow: 0 1px 2px rgba(20,30,50,.05); }
.file > h2 { margin: 0; padding: 14px 22px; font-size: 15px; font-weight: 650;
  border-bottom: 1px solid var(--line); display: flex; gap: 12px; align-items: baseline;
  flex-wrap: wrap; }
.file > h2 code { font: 600 14px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.file > h2 small { color: var(--muted); font-weight: 400; font-size: 13px; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) 350px; }
article.text { padding: 22px 30px 30px; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 17px/1.75 Georgia, "Iowan Old Style", "Palatino Linotype", "Times New Roman", serif; }
.claim { position: relative; padding: 1px 3px; margin: 0 -1px; border-radius: 4px;
  color: inherit; cursor: pointer; border-bottom: 2px solid var(--c); background: var(--bg);
  white-space: pre-wrap; }
.claim:focus { outline: none; }
.claim:focus-visible, .claim.selected { box-shadow: 0 0 0 2px var(--c); }
.v-contradicted { --c: var(--red); --bg: var(--red-bg); }
.v-inconsistent { --c: var(--red); --bg: var(--red-bg); }
.claim.v-inconsistent { border-bottom-style: dashed; }
.v-imprecise { --c: var(--amber); --bg: var(--amber-bg); }
.v-outdated { --c: var(--amber); --bg: var(--amber-bg); }
.v-supported { --c: var(--green); --bg: var(--green-bg); }
.v-unverifiable { --c: var(--grey); --bg: var(--grey-bg); }
.claim[data-tip]:hover::after, .claim[data-tip]:focus-visible::after {
  content: attr(data-tip); position: absolute; left: -4px; top: calc(100% + 8px); z-index: 10;
  width: max-content; max-width: 330px; padding: 9px 12px; border-radius: 7px;
  background: #1f2a3c; color: #f2f5f9; box-shadow: 0 6px 20px rgba(15,25,40,.25);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  white-space: pre-line; pointer-events: none; border-top: 3px solid var(--c); }
aside.panel { border-left: 1px solid var(--line); background: #fafbfc; padding: 18px;
  border-radius: 0 10px 10px 0; }
.sticky { position: sticky; top: 14px; }
.panel h3 { margin: 0 0 8px; font-size: 12px; letter-spacing: .08em; text-transform: uppercase;
  color: var(--muted); }
.detail-box { background: var(--paper); border: 1px solid var(--line); border-radius: 9px;
  padding: 14px 16px; margin-bottom: 18px; border-top: 4px solid var(--c, var(--line)); }
.detail-box .hint { margin: 0; color: var(--muted); }
.pill { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12px;
  font-weight: 650; color: #fff; background: var(--c); }
.where { color: var(--muted); font-size: 12px; margin-left: 6px; }
.claim-text { font: 600 19px/1.3 Georgia, "Iowan Old Style", serif; margin: 8px 0 10px; }
dl.facts { display: grid; grid-template-columns: 78px 1fr; gap: 5px 10px; margin: 0 0 10px;
  font-size: 13px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
dl.facts code { white-space: nowrap; font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  background: #f0f2f5; padding: 0 4px; border-radius: 3px; }
.why { margin: 0; font-size: 13px; color: #333b48; border-top: 1px solid var(--line);
  padding-top: 9px; }
ol.issues { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
ol.issues a { display: block; text-decoration: none; color: inherit; background: var(--paper);
  border: 1px solid var(--line); border-left: 4px solid var(--c); border-radius: 7px;
  padding: 8px 11px; font-size: 13px; }
ol.issues a:hover, ol.issues a.current { border-color: var(--c); background: var(--bg); }
ol.issues .t { display: flex; justify-content: space-between; gap: 8px; font-weight: 650; }
ol.issues .t span { font-weight: 400; color: var(--muted); font-size: 12px; }
ol.issues p { margin: 3px 0 0; color: #3d4554; }
.none { color: var(--green); font-size: 13px; margin: 0; }
footer { color: var(--muted); font-size: 12px; padding: 4px 0 28px; }
@media (max-width: 860px) {
  .cols { grid-template-columns: 1fr; }
  aside.panel { border-left: 0; border-top: 1px solid var(--line); border-radius: 0 0 10px 10px; }
  article.text { padding: 18px; }
}
@media print {
  header.top { background: none; color: var(--ink); }
  .claim[data-tip]:hover::after { display: none; }
}
"#;

const SCRIPT: &str = r##"
(function () {
  function select(claim, scroll) {
    var file = claim.closest('.file');
    file.querySelectorAll('.claim.selected').forEach(function (c) { c.classList.remove('selected'); });
    claim.classList.add('selected');
    var template = document.getElementById('d' + claim.id.slice(1));
    var box = file.querySelector('.detail-box');
    if (template) {
      box.replaceChildren(template.content.cloneNode(true));
      box.className = 'detail-box ' + claim.className.split(' ').filter(function (c) {
        return c.indexOf('v-') === 0; }).join(' ');
    }
    file.querySelectorAll('ol.issues a').forEach(function (a) {
      a.classList.toggle('current', a.getAttribute('href') === '#' + claim.id);
    });
    if (scroll) { claim.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
  }
  document.querySelectorAll('.claim[id]').forEach(function (claim) {
    claim.addEventListener('click', function () { select(claim, false); });
    claim.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(claim, false); }
    });
  });
  document.addEventListener('click', function (e) {
    var link = e.target.closest('a[href^="#c"]');
    if (!link) { return; }
    var claim = document.getElementById(link.getAttribute('href').slice(1));
    if (claim) { e.preventDefault(); select(claim, true); claim.focus({ preventScroll: true }); }
  });
  document.querySelectorAll('.file').forEach(function (file) {
    var first = file.querySelector('ol.issues a');
    var claim = first && document.getElementById(first.getAttribute('href').slice(1));
    if (claim) { select(claim, false); }
  });
})();
"##;

/// The tooltip of a claim: verdict, fact, source and how far off, or why it was not checked.
fn tooltip(finding: &Finding) -> String {
    let mut tip = label(finding.verdict).to_string();
    match &finding.fact {
        Some(fact) if finding.verdict != Verdict::Inconsistent => {
            tip.push_str(&format!("\nFact base: {}", fact.value));
            if let Some(as_of) = &fact.as_of {
                tip.push_str(&format!(" (as of {as_of})"));
            }
            tip.push_str(&format!("\nSource: {}", fact.source));
            if let Some(explanation) = finding.parts.explanation() {
                tip.push_str(&format!("\n{explanation}"));
            }
        }
        _ => tip.push_str(&format!("\n{}", finding.message())),
    }
    tip
}

fn claim_id(file: usize, finding: usize) -> String {
    format!("c{file}-{finding}")
}

/// The details of a finding, as shown in the side panel.
fn details(findings: &[Finding], file_index: usize, finding: &Finding) -> String {
    let mut html = format!(
        "<span class=\"pill\">{}</span><span class=\"where\">line {}, column {}</span>\
         <div class=\"claim-text\">{}</div>",
        label(finding.verdict),
        finding.line,
        finding.column,
        escape(finding.text.trim())
    );
    let mut facts = String::new();
    if let Some(entity) = &finding.entity {
        let about = match &finding.attribute {
            Some(attribute) => format!("{entity} · {attribute}"),
            None => entity.clone(),
        };
        facts.push_str(&format!("<dt>About</dt><dd>{}</dd>", escape(&about)));
    }
    if let Some(fact) = &finding.fact {
        facts.push_str(&format!(
            "<dt>Fact base</dt><dd>{}</dd><dt>Fact id</dt><dd><code>{}</code></dd>\
             <dt>Source</dt><dd>{}</dd>",
            escape(&fact.value),
            escape(&fact.id),
            escape(&fact.source)
        ));
        if let Some(as_of) = &fact.as_of {
            facts.push_str(&format!("<dt>As of</dt><dd>{}</dd>", escape(as_of)));
        }
    }
    for related in &finding.related {
        let target = findings
            .iter()
            .position(|f| f.line == related.line && f.column == related.column)
            .filter(|_| related.path == finding.path);
        let place = format!("line {}, column {}", related.line, related.column);
        let link = match target {
            Some(i) => format!("<a href=\"#{}\">{place}</a>", claim_id(file_index, i)),
            None => place,
        };
        facts.push_str(&format!("<dt>See also</dt><dd>{link}</dd>"));
    }
    if let Some(suggestion) = &finding.suggestion {
        facts.push_str(&format!(
            "<dt>Suggested</dt><dd><code>{}</code></dd>",
            escape(&suggestion.replacement)
        ));
    }
    if !facts.is_empty() {
        html.push_str(&format!("<dl class=\"facts\">{facts}</dl>"));
    }
    html.push_str(&format!(
        "<p class=\"why\">{}</p>",
        escape(&finding.message())
    ));
    html
}

/// The article text with every claim marked.
fn marked_text(file: &CheckedFile<'_>, file_index: usize) -> String {
    let text = file.text;
    let mut order: Vec<usize> = (0..file.findings.len()).collect();
    order.sort_by_key(|&i| (file.findings[i].start, file.findings[i].end));
    let mut html = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for i in order {
        let finding = &file.findings[i];
        let (start, end) = (finding.start, finding.end);
        if start < at || end <= start || text.get(start..end).is_none() {
            continue;
        }
        html.push_str(&escape_text(&text[at..start]));
        html.push_str(&format!(
            "<mark class=\"claim v-{}\" id=\"{}\" tabindex=\"0\" data-tip=\"{}\">{}</mark>",
            finding.verdict.name(),
            claim_id(file_index, i),
            escape(&tooltip(finding)),
            escape_text(&text[start..end])
        ));
        at = end;
    }
    html.push_str(&escape_text(&text[at..]));
    html
}

fn badges(s: &Summary) -> String {
    VERDICTS
        .iter()
        .map(|&v| {
            let n = s.of_verdict(v);
            format!(
                "<span class=\"badge v-{}{}\"><b>{n}</b> {}</span>",
                v.name(),
                if n == 0 { " zero" } else { "" },
                v.name()
            )
        })
        .collect()
}

fn write_file(html: &mut String, file: &CheckedFile<'_>, index: usize) {
    let s = Summary::of_findings(file.findings);
    let counts: Vec<String> = VERDICTS
        .iter()
        .filter(|&&v| s.of_verdict(v) > 0)
        .map(|&v| format!("{} {}", s.of_verdict(v), v.name()))
        .collect();
    html.push_str(&format!(
        "<section class=\"file\" id=\"file{index}\">\n<h2><code>{}</code><small>{} · {}</small></h2>\n<div class=\"cols\">\n<article class=\"text\">{}</article>\n",
        escape(&repo_relative(file.path)),
        plural(s.claims, "claim", "claims"),
        counts.join(", "),
        marked_text(file, index)
    ));
    html.push_str("<aside class=\"panel\"><div class=\"sticky\">\n<h3>Selected claim</h3>\n<div class=\"detail-box\" aria-live=\"polite\"><p class=\"hint\">Click a highlighted number to see the fact it was checked against and its source.</p></div>\n");
    let issues: Vec<(usize, &Finding)> = file
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.severity != Severity::Note)
        .collect();
    html.push_str(&format!("<h3>Issues ({})</h3>\n", issues.len()));
    if issues.is_empty() {
        html.push_str("<p class=\"none\">No discrepancies in this text.</p>\n");
    } else {
        html.push_str("<ol class=\"issues\">\n");
        for (i, f) in issues {
            html.push_str(&format!(
                "<li><a class=\"v-{}\" href=\"#{}\"><div class=\"t\">{}<span>{} · line {}</span></div><p>{}</p></a></li>\n",
                f.verdict.name(),
                claim_id(index, i),
                escape(f.text.trim()),
                label(f.verdict),
                f.line,
                escape(&f.parts.explanation().unwrap_or_else(|| f.message()))
            ));
        }
        html.push_str("</ol>\n");
    }
    if !file.notices.is_empty() {
        html.push_str(&format!(
            "<h3>Suppression comments ({})</h3>\n<ol class=\"issues\">\n",
            file.notices.len()
        ));
        for notice in file.notices {
            let class = match notice.severity {
                Severity::Error => "contradicted",
                Severity::Warning => "imprecise",
                Severity::Note => "unverifiable",
            };
            html.push_str(&format!(
                "<li><a class=\"v-{class}\"><div class=\"t\">{} {}<span>line {}</span></div><p>{}</p></a></li>\n",
                notice.rule.code,
                notice.rule.name,
                notice.line,
                escape(&notice.message)
            ));
        }
        html.push_str("</ol>\n");
    }
    html.push_str("</div></aside>\n</div>\n");
    for (i, f) in file.findings.iter().enumerate() {
        html.push_str(&format!(
            "<template id=\"d{}\">{}</template>\n",
            &claim_id(index, i)[1..],
            details(file.findings, index, f)
        ));
    }
    html.push_str("</section>\n");
}

/// Writes the HTML report of `run`. Every claim is highlighted whatever `options` say; the
/// issue lists hold errors and warnings, by their effective severity, and the problems with
/// suppression comments.
pub fn write(out: &mut dyn Write, run: &Run<'_>, _options: &Options) -> io::Result<()> {
    let files = run.files.as_slice();
    let total = run.summary;
    let (errors, warnings) = run.claims_to_correct_and_review();
    let title = match files {
        [one] => repo_relative(one.path),
        _ => plural(files.len(), "file", "files"),
    };
    let (status_class, status) = if total.errors > 0 {
        ("s-error", "needs correction")
    } else if total.warnings > 0 {
        ("s-warning", "needs review")
    } else {
        ("s-ok", "no discrepancies")
    };
    let mut html = String::new();
    html.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"numfact {version}\">\n\
         <title>numfact report: {title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header class=\"top\"><div class=\"wrap\">\n\
         <div class=\"brand\"><b>numfact</b> · fact-check report</div>\n\
         <h1>{title}<span class=\"status {status_class}\">{status}</span></h1>\n\
         <p class=\"meta\">{claims} in {files} checked against the fact base: {errors_text} and {warnings_text}.</p>\n\
         <div class=\"badges\">{badges}</div>\n</div></header>\n",
        version = env!("CARGO_PKG_VERSION"),
        title = escape(&title),
        claims = plural(total.claims, "claim", "claims"),
        files = plural(total.files, "file", "files"),
        errors_text = plural(errors, "error", "errors"),
        warnings_text = plural(warnings, "warning", "warnings"),
        badges = badges(&total),
    ));
    html.push_str("<main class=\"wrap\">\n<div class=\"legend\">");
    for verdict in VERDICTS {
        html.push_str(&format!(
            "<span><mark class=\"claim v-{}\">{}</mark> {}</span>",
            verdict.name(),
            verdict.name(),
            meaning(verdict)
        ));
    }
    html.push_str("</div>\n");
    for (index, file) in files.iter().enumerate() {
        write_file(&mut html, file, index + 1);
    }
    html.push_str(&format!(
        "</main>\n<footer class=\"wrap\">Generated by numfact {}. Hover over a highlighted \
         number for its fact and source; click it for the full finding.</footer>\n\
         <script>{SCRIPT}</script>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    ));
    out.write_all(defuse_workflow_commands(html, "&#58;").as_bytes())
}
