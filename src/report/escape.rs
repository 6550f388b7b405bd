//! Escaping for the formats reports are written in: Markdown, HTML and GitHub's workflow
//! commands.

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
