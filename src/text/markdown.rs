//! Reading Markdown: which parts of a document are prose.
//!
//! [`prose_mask`] parses a CommonMark document with pulldown-cmark (tables, footnotes and task
//! lists on; no math, so `$5 and $10` stay money) and keeps only its prose: the bytes of
//! everything else become [`MASK_BYTE`] (line breaks kept), so the result has the length of
//! the document and offsets, lines and columns found in it are those of the document.
//!
//! Not prose, masked:
//! - front matter at the very top (after an optional byte order mark): a first line `---`
//!   closed by a line `---` or `...` (YAML), or a first line `+++` closed by `+++` (TOML).
//!   Front matter that is never closed is not front matter: the document is read as Markdown
//!   from its first line (pulldown-cmark's own metadata blocks, which may start anywhere, are
//!   not used);
//! - fenced and indented code blocks, inline code, footnote references, task-list markers;
//! - raw HTML: HTML blocks are read by their text content as [`super::html`] reads a page
//!   (tags, comments, `<script>`/`<style>`/`<pre>`/`<code>` contents masked; the text between
//!   tags kept); inline HTML tags are masked, except phrasing tags such as `<b>` or `<span>`,
//!   which become spaces; text inside inline `<code>`, `<kbd>`, `<samp>`, `<pre>`,
//!   `<script>` or `<style>` is masked up to the end of its paragraph;
//! - HTML comments. A comment opening a line is an HTML block and, unterminated, runs to the
//!   end of the document as CommonMark says (or of its container); an unterminated `<!--`
//!   inside a paragraph masks to the end of its line;
//! - URLs: autolinks (`<https://…>`), bare URLs in text (`https://…`, `www.…`), link
//!   reference definitions (`[1]: https://… "title"`) and block structure (list markers,
//!   `>` quote markers before a paragraph, heading `#`s, table pipes, thematic breaks).
//!
//! Inline markup that the rendered text does not show becomes spaces instead of mask bytes,
//! so a quantity written across it still reads as one (the grammar accepts a run of spaces
//! between a number and its unit): emphasis markers (`**4,000** km`), the `](url "title")`
//! of a link or image (`[4,000](https://…) km`), backslash escapes, and the `>` markers and
//! indentation of a paragraph's continuation lines. Character references (`&nbsp;`) become
//! the character they stand for, padded with spaces to their length. Link text and image alt
//! text are prose.
//!
//! pulldown-cmark keeps its own stack on the heap, so deeply nested documents (10,000 `>`)
//! neither overflow the stack nor take long.

use super::MASK_BYTE;
use super::html::{self, HtmlState};
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The prose of a Markdown document, everything else masked (see the module documentation).
/// Same byte length as `text`, valid UTF-8, line breaks where they were.
///
/// ```
/// use numfact::text::markdown::prose_mask;
/// let md = "---\nrange: 9,000 km\n---\nA range of **2,000** km, not `9,000 km`.\n";
/// let found = numfact::quantity::extract_prose(md, &prose_mask(md));
/// assert_eq!(found.len(), 1);
/// assert_eq!((found[0].line, found[0].column), (4, 14));
/// ```
pub fn prose_mask(text: &str) -> String {
    let mut out = html::blank(text);
    let base = body_start(text);
    let body = &text[base..];
    // Where the previous inline piece of the current paragraph ended: the markup between it
    // and the next piece is inline markup, shown as spaces.
    let mut last: Option<usize> = None;
    let mut code_blocks = 0usize;
    // For each open link or image: whether it is an autolink (its text is a URL).
    let mut links: Vec<bool> = Vec::new();
    let mut inline_html = HtmlState::default();
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let range = range.start + base..range.end + base;
        match event {
            Event::Start(tag) => match tag {
                Tag::CodeBlock(_) => {
                    code_blocks += 1;
                    last = None;
                }
                Tag::HtmlBlock => {
                    html::mask_into(&text[range.clone()], &mut out[range]);
                    last = None;
                }
                Tag::Link { link_type, .. } => {
                    links.push(matches!(link_type, LinkType::Autolink | LinkType::Email));
                }
                Tag::Image { .. } => links.push(false),
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript => {}
                _ => {
                    last = None;
                    inline_html = HtmlState::default();
                }
            },
            Event::End(tag) => match tag {
                TagEnd::CodeBlock => {
                    code_blocks = code_blocks.saturating_sub(1);
                    last = None;
                }
                TagEnd::Link | TagEnd::Image => {
                    if links.pop() == Some(true) {
                        // An autolink is a URL: nothing joins across it.
                        last = None;
                    }
                }
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript => {}
                _ => {
                    last = None;
                    inline_html = HtmlState::default();
                }
            },
            Event::Text(shown) => {
                if code_blocks > 0 || links.iter().any(|&autolink| autolink) {
                    continue;
                }
                fill_gap(&mut out, last, range.start);
                last = Some(range.end);
                if inline_html.in_code() {
                    continue;
                }
                let source = &text[range.clone()];
                if source == &*shown {
                    out[range].copy_from_slice(source.as_bytes());
                } else {
                    // A character reference or a backslash escape.
                    html::place(&shown, &mut out[range]);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                fill_gap(&mut out, last, range.start);
                html::spaces(&mut out[range.clone()]);
                last = Some(range.end);
            }
            Event::InlineHtml(_) => {
                fill_gap(&mut out, last, range.start);
                html::mask_fragment(
                    &text[range.clone()],
                    &mut out[range.clone()],
                    &mut inline_html,
                );
                last = Some(range.end);
            }
            Event::Code(_)
            | Event::FootnoteReference(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => {
                fill_gap(&mut out, last, range.start);
                last = Some(range.end);
            }
            Event::Html(_) => {}
            Event::TaskListMarker(_) | Event::Rule => last = None,
        }
    }
    mask_open_comments(&mut out);
    html::mask_urls(&mut out);
    html::finish(text, out)
}

/// The byte ranges of the HTML comments of a Markdown document (`<!--` through `-->`, or to
/// the end of an unterminated comment block), in order: in HTML blocks and inline, never in
/// code or front matter.
pub(crate) fn comments(text: &str) -> Vec<Range<usize>> {
    let base = body_start(text);
    let body = &text[base..];
    let mut found = Vec::new();
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let range = range.start + base..range.end + base;
        match event {
            Event::Start(Tag::HtmlBlock) => found.extend(
                html::comments(&text[range.clone()])
                    .into_iter()
                    .map(|c| c.start + range.start..c.end + range.start),
            ),
            Event::InlineHtml(html) if html.starts_with("<!--") => found.push(range),
            _ => {}
        }
    }
    found
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Spaces out the inline markup between the previous piece of a paragraph and the next.
fn fill_gap(out: &mut [u8], last: Option<usize>, start: usize) {
    if let Some(end) = last.filter(|&end| end < start) {
        html::spaces(&mut out[end..start]);
    }
}

/// Masks an unterminated `<!--` left in the prose (pulldown-cmark reads it as text) to the
/// end of its line.
fn mask_open_comments(out: &mut [u8]) {
    let mut i = 0;
    while i + 4 <= out.len() {
        if &out[i..i + 4] == b"<!--" {
            let end = out[i..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(out.len(), |p| i + p);
            out[i..end].fill(MASK_BYTE);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// Where the Markdown body starts: after a byte order mark and closed front matter.
fn body_start(text: &str) -> usize {
    let start = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    start + front_matter_len(&text[start..]).unwrap_or(0)
}

/// The lines of the front matter at the start of `text`, between its opening and closing
/// lines, when it is closed.
pub fn front_matter(text: &str) -> Option<&str> {
    let len = front_matter_len(text)?;
    let inner = &text[..len];
    let open = inner.find('\n')? + 1;
    let close = inner
        .trim_end_matches(['\n', '\r'])
        .rfind('\n')
        .map_or(open, |i| i + 1);
    Some(&inner[open..close.max(open)])
}

/// The length of the front matter at the start of `text`, through its closing line, when it
/// is closed.
pub fn front_matter_len(text: &str) -> Option<usize> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    let closers: &[&str] = match first.trim_end() {
        "---" => &["---", "..."],
        "+++" => &["+++"],
        _ => return None,
    };
    if !first.ends_with('\n') {
        return None;
    }
    let mut end = first.len();
    for line in lines {
        end += line.len();
        if closers.contains(&line.trim_end()) {
            return Some(end);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(prose: &str) -> String {
        prose.replace(char::from(MASK_BYTE), "#")
    }

    #[test]
    fn code_html_and_urls_are_masked_markup_is_spaced() {
        let md = "A **4,000** km &nbsp;\\$5 [link 5](http://x/9 \"t 7\") <https://a/3> `9 km`\n\
                  next <!-- c 5 --> <span>6</span> <code>8</code>\n";
        let prose = prose_mask(md);
        assert_eq!(prose.len(), md.len());
        assert_eq!(
            show(&prose),
            "A   4,000   km        $5  link 5                    ############# ######\n\
             next ############       6        ##############\n"
        );
    }

    #[test]
    fn blocks() {
        let md = "---\na: 1\n---\n# Head 2\n\n- item 3\n  cont 4\n\n> q 1,500\n> km\n\n\
                  [r]: http://x/1\n\n    code 5\n\n```\nfenced 6\n```\n\n<div>\n7 km<!-- 8 -->\n</div>\n\n\
                  | a | 9 |\n|---|---|\n";
        let prose = prose_mask(md);
        assert_eq!(
            show(&prose),
            "###\n####\n###\n##Head 2\n\n##item 3\n  cont 4\n\n##q 1,500\n  km\n\n\
             ###############\n\n##########\n\n###\n########\n###\n\n#####\n7 km##########\n######\n\n\
             ##a###9##\n#########\n"
        );
    }

    #[test]
    fn front_matter_must_be_closed_and_first() {
        assert_eq!(front_matter_len("---\na: 1\n---\nx"), Some(13));
        assert_eq!(front_matter_len("+++\na = 1\n+++"), Some(13));
        assert_eq!(front_matter_len("---\na: 1\n...\n"), Some(13));
        assert_eq!(front_matter_len("---\na: 1\n"), None);
        assert_eq!(front_matter_len("---"), None);
        assert_eq!(front_matter_len("x\n---\na\n---\n"), None);
        // Unterminated front matter is prose.
        assert!(prose_mask("---\nrange: 5 km\n").contains("range: 5 km"));
        // A byte order mark before it is allowed.
        assert!(!prose_mask("\u{FEFF}---\nrange: 5 km\n---\n").contains('5'));
    }

    #[test]
    fn unterminated_comments() {
        assert_eq!(
            show(&prose_mask("a <!-- 5 km\nb 6\n")),
            "a #########\nb 6\n"
        );
        assert!(!prose_mask("<!-- 5 km\nb 6\n\nc 7\n").contains(char::is_numeric));
        assert_eq!(
            comments("x <!-- a -->\n\n<!-- b\n\n```\n<!-- c -->\n```\n").len(),
            2
        );
    }

    #[test]
    fn multibyte_in_masked_parts() {
        let md = "`€5` ½ <https://x/é>";
        let prose = prose_mask(md);
        assert_eq!(prose.len(), md.len());
        assert_eq!(show(&prose), "###### ½ ##############");
    }
}
