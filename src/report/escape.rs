//! Escaping for the formats reports are written in: the terminal, Markdown, HTML and
//! GitHub's workflow commands.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as it is: C0 and C1 control characters (line breaks
/// and ESC among them; U+009B is a one-byte CSI), DEL, and the bidirectional controls that
/// can make text read differently from how it is stored.
pub fn is_terminal_control(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text for the terminal: every character of [`is_terminal_control`] written visibly as its
/// escape (`\n`, `\u{1b}`, `\u{202e}`), as rustc shows them, so nothing from an article, a
/// file name or a fact file can move the cursor, change colours, start a new line or begin
/// a CI runner's `::` command.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_terminal_control) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_terminal(&mut escaped, c);
    }
    Cow::Owned(escaped)
}

/// Pushes `c` onto `out`, escaped as [`terminal`] does.
pub fn push_terminal(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if is_terminal_control(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        c => out.push(c),
    }
}

/// Escapes text for inline Markdown: the characters that could start emphasis, code, links,
/// HTML, math, strikethrough or a table cell, with a backslash.
pub fn markdown_inline(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '$'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Text for one line of Markdown: white space (line breaks included) collapsed, inline
/// characters escaped, and a leading `#`, `-`, `+` or `1.` kept from starting a heading or
/// a list.
pub fn markdown_line(text: &str) -> String {
    let escaped = markdown_cell(text);
    let marker_end = |rest: &str| rest.is_empty() || rest.starts_with(' ');
    if escaped.starts_with(['-', '+']) && marker_end(&escaped[1..]) {
        return format!("\\{escaped}");
    }
    let hashes = escaped.chars().take_while(|&c| c == '#').count();
    if hashes > 0 && marker_end(&escaped[hashes..]) {
        return format!("\\{escaped}");
    }
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && escaped[digits..].starts_with(['.', ')']) && marker_end(&escaped[digits + 1..])
    {
        return format!("{}\\{}", &escaped[..digits], &escaped[digits..]);
    }
    escaped
}

/// Text for a Markdown table cell or the middle of a line: white space collapsed, inline
/// characters (`|` among them) escaped.
pub fn markdown_cell(text: &str) -> String {
    markdown_inline(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Escapes text for HTML content and attribute values.
pub fn html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            '\n' => escaped.push_str("&#10;"),
            '\r' => escaped.push_str("&#13;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Escapes a GitHub workflow command's message: `%`, `\r`, `\n`.
pub fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a GitHub workflow command's property value: as [`github_data`], plus `:` and `,`.
pub fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// `document` with every line that would begin (after white space) with `::` changed so it
/// does not: GitHub's runner reads such a line of a step's output as a workflow command
/// (`::add-mask::`, `::stop-commands::`), and only numfact's own `github` format may write
/// one. `escape` is what the first `:` becomes (`&#58;` in HTML, `\:` in Markdown).
pub fn defuse_workflow_commands(document: String, escape: &str) -> String {
    // A line ends at `\n`, `\r` or both, as the runner reads them.
    let breaks = |c: char| c == '\n' || c == '\r';
    let dangerous = |line: &str| line.trim_start().starts_with("::");
    if !document.split(breaks).any(dangerous) {
        return document;
    }
    let mut out = String::with_capacity(document.len() + 16);
    let mut rest = document.as_str();
    while !rest.is_empty() {
        let end = rest.find(breaks).map_or(rest.len(), |i| i + 1);
        let (line, next) = rest.split_at(end);
        rest = next;
        if dangerous(line) {
            let colon = line.len() - line.trim_start().len();
            out.push_str(&line[..colon]);
            out.push_str(escape);
            out.push_str(&line[colon + 1..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Text for a SARIF `message.text`: plain text in which `[` and `]` (which would start an
/// embedded link) and `\\` are escaped with a backslash, as SARIF 2.1.0 §3.11.5 asks.
pub fn sarif_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '[' | ']' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}
