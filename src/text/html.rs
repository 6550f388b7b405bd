//! Reading HTML by its text content.
//!
//! [`prose_mask`] keeps the text nodes of an HTML document and masks everything else with
//! [`MASK_BYTE`] (line breaks kept), so the result has the byte length of the document and
//! offsets, lines and columns found in it are those of the document:
//!
//! - tags (with their attributes), comments, `<!DOCTYPE …>`, processing instructions and
//!   CDATA sections are masked; so are the contents of `<script>` and `<style>`, and, as in
//!   Markdown, the contents of `<pre>`, `<code>`, `<kbd>` and `<samp>` (code is not prose);
//! - phrasing tags that do not break the rendered text (`<b>`, `<em>`, `<span>`, `<a>`,
//!   `<abbr>`, `<sup>`, …) become spaces instead, so `<b>4,000</b> km` still reads as
//!   "4,000 km" (the grammar accepts a run of spaces between a number and its unit); every
//!   other tag (`<p>`, `<br>`, `<td>`, `<img>`, …) is a hard break;
//! - character references are replaced by the character they stand for, padded with spaces
//!   to the reference's length: `1,500&nbsp;km` reads as `1,500      km`, `&minus;30` as
//!   `    −30`, `5&frac12;` as `5½      `. A reference numfact does not know (it knows the
//!   numeric ones, the Windows-1252 remapping of `&#128;`–`&#159;`, and the common named
//!   ones: spaces, dashes, signs, currency, fractions, quotes, accented letters) is masked,
//!   which breaks a quantity written across it;
//! - bare URLs (`https://…`, `www.…`) in text are masked.
//!
//! An unterminated comment, tag, CDATA section or `<script>`/`<style>` element runs to the
//! end of the document, as in a browser. The reader is a single forward scan: linear time,
//! no recursion.

use super::MASK_BYTE;
use std::ops::Range;

/// The prose of an HTML document: its text content, everything else masked (see the module
/// documentation). Same byte length as `text`, valid UTF-8, line breaks where they were.
///
/// ```
/// use numfact::text::html::prose_mask;
/// let html = "<p class=\"x9\">Range: <b>4,000</b>&nbsp;km<!-- was 3,000 --></p>";
/// let prose = prose_mask(html);
/// assert_eq!(prose.len(), html.len());
/// let found = numfact::quantity::extract_prose(html, &prose);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].text, "4,000</b>&nbsp;km");
/// ```
pub fn prose_mask(text: &str) -> String {
    let mut out = blank(text);
    mask_into(text, &mut out);
    mask_urls(&mut out);
    finish(text, out)
}

/// The byte ranges of the comments of an HTML document, `<!--` through `-->` (or the end of
/// the document), in order. Comment-like text inside `<script>` or `<style>` is not a comment.
pub(crate) fn comments(text: &str) -> Vec<Range<usize>> {
    Tokens::new(text)
        .filter(|token| token.kind == Kind::Comment)
        .map(|token| token.range)
        .collect()
}

/// `text` with every byte masked except line breaks.
pub(crate) fn blank(text: &str) -> Vec<u8> {
    text.bytes()
        .map(|b| if b == b'\n' { b'\n' } else { MASK_BYTE })
        .collect()
}

/// Turns a mask buffer built from `text` back into a string. The buffer is valid UTF-8 by
/// construction (whole characters are copied, masked bytes are ASCII); should it ever not
/// be, everything is masked rather than panicking.
pub(crate) fn finish(text: &str, out: Vec<u8>) -> String {
    debug_assert_eq!(out.len(), text.len());
    String::from_utf8(out).unwrap_or_else(|_| String::from_utf8(blank(text)).unwrap_or_default())
}

/// Writes the text content of the HTML fragment `src` into `out` (same length, masked
/// beforehand): text nodes copied, phrasing tags as spaces, references decoded.
pub(crate) fn mask_into(src: &str, out: &mut [u8]) {
    mask_fragment(src, out, &mut HtmlState::default());
}

/// What an HTML reader remembers from one fragment to the next (Markdown's inline HTML
/// comes in pieces): how many code or raw-text elements are open.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct HtmlState {
    code_depth: usize,
}

impl HtmlState {
    /// Whether text read now is inside code (`<code>`, `<pre>`, `<script>`, …).
    pub(crate) fn in_code(&self) -> bool {
        self.code_depth > 0
    }
}

/// [`mask_into`], continuing from and updating `state`.
pub(crate) fn mask_fragment(src: &str, out: &mut [u8], state: &mut HtmlState) {
    debug_assert_eq!(src.len(), out.len());
    for token in Tokens::new(src) {
        let range = token.range.clone();
        match token.kind {
            Kind::Text if state.code_depth == 0 => copy_text(src, range, out),
            Kind::Tag { end, self_closing } => {
                let name = token.name.as_str();
                if CODE_ELEMENTS.contains(&name) || RAW_TEXT.contains(&name) {
                    if end {
                        state.code_depth = state.code_depth.saturating_sub(1);
                    } else if !self_closing {
                        state.code_depth += 1;
                    }
                }
                if PHRASING.contains(&name) {
                    spaces(&mut out[range]);
                }
            }
            _ => {}
        }
    }
}

/// Copies the text `src[range]` into `out`, replacing character references by their
/// characters padded with spaces; unknown references stay masked.
pub(crate) fn copy_text(src: &str, range: Range<usize>, out: &mut [u8]) {
    let bytes = src.as_bytes();
    let mut i = range.start;
    while i < range.end {
        if bytes[i] == b'&' {
            if let Some(len) = reference_len(&bytes[i..range.end]) {
                if let Some(decoded) = decode_reference(&src[i..i + len]) {
                    place(&decoded, &mut out[i..i + len]);
                }
                i += len;
                continue;
            }
        }
        out[i] = bytes[i];
        i += 1;
    }
}

/// Writes `decoded` (what a reference or escape of `out.len()` bytes stands for) into `out`:
/// invisible and space characters as spaces; a vulgar fraction at the start (it belongs to
/// the number before it); anything else at the end (a sign or dash belongs to what follows);
/// masked when it does not fit.
pub(crate) fn place(decoded: &str, out: &mut [u8]) {
    let invisible = |c: char| c.is_whitespace() || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200D}');
    if decoded.chars().all(invisible) {
        spaces(out);
        return;
    }
    if decoded.len() > out.len() || decoded.chars().any(char::is_control) {
        out.fill(MASK_BYTE);
        return;
    }
    let pad = out.len() - decoded.len();
    let fraction = decoded
        .chars()
        .all(|c| matches!(c, '\u{BC}'..='\u{BE}' | '\u{2150}'..='\u{215E}'));
    let (text_at, pad_at) = if fraction {
        (0, decoded.len())
    } else {
        (pad, 0)
    };
    out[text_at..text_at + decoded.len()].copy_from_slice(decoded.as_bytes());
    out[pad_at..pad_at + pad].fill(b' ');
}

/// Replaces every byte but line breaks with a space.
pub(crate) fn spaces(out: &mut [u8]) {
    for b in out {
        if *b != b'\n' {
            *b = b' ';
        }
    }
}

/// Masks the bare URLs (`http://`, `https://`, `ftp://`, `www.`) left in a prose buffer.
pub(crate) fn mask_urls(out: &mut [u8]) {
    let mut i = 0;
    while i < out.len() {
        let starts_word = i == 0 || !(out[i - 1].is_ascii_alphanumeric() || out[i - 1] == b'@');
        let scheme = ["https://", "http://", "ftp://", "www."].iter().find(|s| {
            out.len() - i >= s.len() && out[i..i + s.len()].eq_ignore_ascii_case(s.as_bytes())
        });
        let Some(scheme) = scheme.filter(|_| starts_word) else {
            i += 1;
            continue;
        };
        let mut end = i + scheme.len();
        while end < out.len() && is_url_byte(out[end]) {
            end += 1;
        }
        // Trailing punctuation belongs to the sentence; a closing bracket to the URL only
        // when the URL opened one.
        let count = |b: u8| out[i..end].iter().filter(|&&c| c == b).count();
        let (mut parens, mut brackets) = (
            count(b')') as isize - count(b'(') as isize,
            count(b']') as isize - count(b'[') as isize,
        );
        while end > i + scheme.len() {
            let unbalanced = match out[end - 1] {
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'"' | b'*' | b'_' => true,
                b')' if parens > 0 => {
                    parens -= 1;
                    true
                }
                b']' if brackets > 0 => {
                    brackets -= 1;
                    true
                }
                _ => false,
            };
            if !unbalanced {
                break;
            }
            end -= 1;
        }
        out[i..end].fill(MASK_BYTE);
        i = end.max(i + 1);
    }
}

fn is_url_byte(b: u8) -> bool {
    b > b' ' && b != MASK_BYTE && b != 0x7F && !matches!(b, b'<' | b'>' | b'"' | b'`')
}

/// Elements whose contents are code, not prose.
const CODE_ELEMENTS: &[&str] = &["pre", "code", "kbd", "samp", "listing", "plaintext"];

/// Elements whose contents are not text at all (read raw, up to their end tag).
const RAW_TEXT: &[&str] = &["script", "style", "xmp", "iframe", "noembed", "noframes"];

/// Phrasing elements: their tags do not break the rendered text.
const PHRASING: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font",
    "i", "ins", "label", "mark", "nobr", "q", "s", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "wbr",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Character data.
    Text,
    /// `<!-- … -->`.
    Comment,
    /// A start or end tag.
    Tag { end: bool, self_closing: bool },
    /// The contents of a raw-text element, a doctype, a processing instruction, CDATA.
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    range: Range<usize>,
    /// Lower-case tag name (tags only).
    name: String,
}

/// A forward tokenizer over HTML: text, comments, tags, raw text.
struct Tokens<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The end of the raw-text element whose contents come next.
    raw_until: Option<usize>,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Tokens {
            bytes: text.as_bytes(),
            at: 0,
            raw_until: None,
        }
    }

    fn find_bytes(&self, from: usize, needle: &[u8]) -> Option<usize> {
        let from = from.min(self.bytes.len());
        self.bytes[from..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|p| from + p)
    }

    /// Where `</name` (any case) followed by a space, `/` or `>` starts, from `from` on.
    fn find_end_tag(&self, from: usize, name: &str) -> Option<usize> {
        let mut at = from;
        while let Some(p) = self.find_bytes(at, b"</") {
            let after = p + 2;
            let name_end = after + name.len();
            if name_end <= self.bytes.len()
                && self.bytes[after..name_end].eq_ignore_ascii_case(name.as_bytes())
                && self
                    .bytes
                    .get(name_end)
                    .is_none_or(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>')
            {
                return Some(p);
            }
            at = after;
        }
        None
    }

    fn token(&self, kind: Kind, start: usize, end: usize) -> Token {
        Token {
            kind,
            range: start..end,
            name: String::new(),
        }
    }

    /// Reads the markup construct at `self.at` (a `<`), or `None` when the `<` is text.
    fn markup(&mut self) -> Option<Token> {
        let bytes = self.bytes;
        let start = self.at;
        let rest = &bytes[start..];
        let len = bytes.len();
        if rest.starts_with(b"<!--") {
            let end = self.find_bytes(start + 2, b"-->").map_or(len, |p| p + 3);
            return Some(self.token(Kind::Comment, start, end));
        }
        if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<![CDATA[") {
            let end = self.find_bytes(start + 9, b"]]>").map_or(len, |p| p + 3);
            return Some(self.token(Kind::Other, start, end));
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            let end = self.find_bytes(start + 2, b">").map_or(len, |p| p + 1);
            return Some(self.token(Kind::Other, start, end));
        }
        let end_tag = rest.starts_with(b"</");
        let name_start = start + if end_tag { 2 } else { 1 };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let mut i = name_start;
        while i < len && !(bytes[i].is_ascii_whitespace() || bytes[i] == b'/' || bytes[i] == b'>') {
            i += 1;
        }
        let name = String::from_utf8_lossy(&bytes[name_start..i]).to_ascii_lowercase();
        // Attributes: a `>` inside a quoted value does not end the tag.
        let mut quote: Option<u8> = None;
        let mut last_visible = 0u8;
        while i < len {
            let b = bytes[i];
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'>' => break,
                None if !end_tag && matches!(b, b'"' | b'\'') && last_visible == b'=' => {
                    quote = Some(b);
                }
                None => {}
            }
            if !b.is_ascii_whitespace() {
                last_visible = b;
            }
            i += 1;
        }
        let end = if i < len { i + 1 } else { len };
        let self_closing = i < len && i > name_start && bytes[i - 1] == b'/';
        if !end_tag && !self_closing && RAW_TEXT.contains(&name.as_str()) {
            self.raw_until = Some(self.find_end_tag(end, &name).unwrap_or(len));
        }
        Some(Token {
            kind: Kind::Tag {
                end: end_tag,
                self_closing,
            },
            range: start..end,
            name,
        })
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let len = self.bytes.len();
        if self.at >= len {
            return None;
        }
        if let Some(until) = self.raw_until.take() {
            if until > self.at {
                let token = self.token(Kind::Other, self.at, until);
                self.at = until;
                return Some(token);
            }
        }
        if self.bytes[self.at] == b'<' {
            if let Some(token) = self.markup() {
                self.at = token.range.end;
                return Some(token);
            }
        }
        // Text up to the next `<` that starts markup (a lone `<` is text).
        let start = self.at;
        let mut i = start + 1;
        loop {
            match self.bytes[i.min(len)..].iter().position(|&b| b == b'<') {
                None => {
                    i = len;
                    break;
                }
                Some(p) => {
                    i += p;
                    let next = self.bytes.get(i + 1).copied().unwrap_or(b' ');
                    if next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?') {
                        break;
                    }
                    i += 1;
                }
            }
        }
        self.at = i.min(len);
        Some(self.token(Kind::Text, start, self.at))
    }
}

/// The length of the character reference at the start of `bytes` (`&name;`, `&#123;`,
/// `&#x1F;`), if there is one.
fn reference_len(bytes: &[u8]) -> Option<usize> {
    let body = bytes.get(1..)?;
    let limit = body.len().min(40);
    let semicolon = body[..limit].iter().position(|&b| b == b';')?;
    let inner = &body[..semicolon];
    let valid = match inner {
        [b'#', b'x' | b'X', hex @ ..] => !hex.is_empty() && hex.iter().all(u8::is_ascii_hexdigit),
        [b'#', digits @ ..] => !digits.is_empty() && digits.iter().all(u8::is_ascii_digit),
        [first, rest @ ..] => {
            first.is_ascii_alphabetic() && rest.iter().all(u8::is_ascii_alphanumeric)
        }
        [] => false,
    };
    valid.then_some(semicolon + 2)
}

/// What the reference `&…;` stands for, when numfact knows it.
fn decode_reference(reference: &str) -> Option<String> {
    let inner = &reference[1..reference.len() - 1];
    if let Some(number) = inner.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        let c = match code {
            0x80 => '€',
            0x85 => '…',
            0x91 => '‘',
            0x92 => '’',
            0x93 => '“',
            0x94 => '”',
            0x96 => '–',
            0x97 => '—',
            0x99 => '™',
            0x80..=0x9F | 0 => return None,
            _ => char::from_u32(code)?,
        };
        return Some(c.to_string());
    }
    NAMED
        .iter()
        .find(|(name, _)| *name == inner)
        .map(|(_, text)| (*text).to_string())
}

/// The named references numfact decodes.
const NAMED: &[(&str, &str)] = &[
    ("nbsp", "\u{A0}"),
    ("ensp", "\u{2002}"),
    ("emsp", "\u{2003}"),
    ("thinsp", "\u{2009}"),
    ("hairsp", "\u{200A}"),
    ("numsp", "\u{2007}"),
    ("puncsp", "\u{2008}"),
    ("NoBreak", "\u{2060}"),
    ("shy", "\u{AD}"),
    ("zwsp", "\u{200B}"),
    ("zwnj", "\u{200C}"),
    ("zwj", "\u{200D}"),
    ("Tab", "\t"),
    ("NewLine", "\n"),
    ("amp", "&"),
    ("AMP", "&"),
    ("lt", "<"),
    ("LT", "<"),
    ("gt", ">"),
    ("GT", ">"),
    ("quot", "\""),
    ("QUOT", "\""),
    ("apos", "'"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("minus", "−"),
    ("hyphen", "‐"),
    ("dash", "‐"),
    ("plus", "+"),
    ("plusmn", "±"),
    ("pm", "±"),
    ("times", "×"),
    ("divide", "÷"),
    ("div", "÷"),
    ("le", "≤"),
    ("ge", "≥"),
    ("ne", "≠"),
    ("asymp", "≈"),
    ("approx", "≈"),
    ("sim", "∼"),
    ("deg", "°"),
    ("micro", "µ"),
    ("percnt", "%"),
    ("permil", "‰"),
    ("prime", "′"),
    ("Prime", "″"),
    ("frac12", "½"),
    ("half", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("frac13", "⅓"),
    ("frac23", "⅔"),
    ("frac15", "⅕"),
    ("frac25", "⅖"),
    ("frac35", "⅗"),
    ("frac45", "⅘"),
    ("frac16", "⅙"),
    ("frac56", "⅚"),
    ("frac18", "⅛"),
    ("frac38", "⅜"),
    ("frac58", "⅝"),
    ("frac78", "⅞"),
    ("sup1", "¹"),
    ("sup2", "²"),
    ("sup3", "³"),
    ("dollar", "$"),
    ("cent", "¢"),
    ("pound", "£"),
    ("euro", "€"),
    ("yen", "¥"),
    ("curren", "¤"),
    ("inr", "₹"),
    ("num", "#"),
    ("commat", "@"),
    ("period", "."),
    ("comma", ","),
    ("colon", ":"),
    ("semi", ";"),
    ("sol", "/"),
    ("lpar", "("),
    ("rpar", ")"),
    ("lsqb", "["),
    ("rsqb", "]"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("lsaquo", "‹"),
    ("rsaquo", "›"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("hellip", "…"),
    ("middot", "·"),
    ("bull", "•"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("sect", "§"),
    ("para", "¶"),
    ("dagger", "†"),
    ("Dagger", "‡"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
    ("ordf", "ª"),
    ("ordm", "º"),
    ("szlig", "ß"),
    ("aacute", "á"),
    ("Aacute", "Á"),
    ("agrave", "à"),
    ("Agrave", "À"),
    ("acirc", "â"),
    ("Acirc", "Â"),
    ("auml", "ä"),
    ("Auml", "Ä"),
    ("atilde", "ã"),
    ("Atilde", "Ã"),
    ("aring", "å"),
    ("Aring", "Å"),
    ("aelig", "æ"),
    ("AElig", "Æ"),
    ("ccedil", "ç"),
    ("Ccedil", "Ç"),
    ("eacute", "é"),
    ("Eacute", "É"),
    ("egrave", "è"),
    ("Egrave", "È"),
    ("ecirc", "ê"),
    ("Ecirc", "Ê"),
    ("euml", "ë"),
    ("Euml", "Ë"),
    ("iacute", "í"),
    ("Iacute", "Í"),
    ("igrave", "ì"),
    ("Igrave", "Ì"),
    ("icirc", "î"),
    ("Icirc", "Î"),
    ("iuml", "ï"),
    ("Iuml", "Ï"),
    ("ntilde", "ñ"),
    ("Ntilde", "Ñ"),
    ("oacute", "ó"),
    ("Oacute", "Ó"),
    ("ograve", "ò"),
    ("Ograve", "Ò"),
    ("ocirc", "ô"),
    ("Ocirc", "Ô"),
    ("ouml", "ö"),
    ("Ouml", "Ö"),
    ("otilde", "õ"),
    ("Otilde", "Õ"),
    ("oslash", "ø"),
    ("Oslash", "Ø"),
    ("oelig", "œ"),
    ("OElig", "Œ"),
    ("uacute", "ú"),
    ("Uacute", "Ú"),
    ("ugrave", "ù"),
    ("Ugrave", "Ù"),
    ("ucirc", "û"),
    ("Ucirc", "Û"),
    ("uuml", "ü"),
    ("Uuml", "Ü"),
    ("yacute", "ý"),
    ("Yacute", "Ý"),
    ("yuml", "ÿ"),
    ("scaron", "š"),
    ("Scaron", "Š"),
    ("zcaron", "ž"),
    ("Zcaron", "Ž"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::extract_prose;

    fn show(prose: &str) -> String {
        prose.replace(char::from(MASK_BYTE), "#")
    }

    #[test]
    fn tags_comments_and_scripts_are_masked() {
        let html = "<p id=\"a5\">A 5 km <!-- 6 km --> walk<script>var x = 7;</script></p>";
        let prose = prose_mask(html);
        assert_eq!(prose.len(), html.len());
        assert_eq!(
            show(&prose),
            "###########A 5 km ############# walk###############################"
        );
    }

    #[test]
    fn phrasing_tags_become_spaces_and_references_are_decoded() {
        let html = "<b>4,000</b>&nbsp;km, &minus;30&deg;C, 5&frac12; miles, 3&bogus;4";
        let prose = prose_mask(html);
        assert_eq!(
            prose,
            "   4,000          km,     −30   °C, 5½       miles, 3\u{1F}\u{1F}\u{1F}\u{1F}\u{1F}\u{1F}\u{1F}4"
        );
        let found = extract_prose(html, &prose);
        let texts: Vec<_> = found.iter().map(|q| q.text.as_str()).collect();
        assert!(texts.contains(&"4,000</b>&nbsp;km"), "{texts:?}");
    }

    #[test]
    fn quoted_greater_than_does_not_end_a_tag() {
        let html = "<img alt=\"a > 5 km\" src='x>9'>ok";
        assert_eq!(
            show(&prose_mask(html)),
            format!("{}ok", "#".repeat(html.len() - 2))
        );
    }

    #[test]
    fn code_is_not_prose_and_lone_angle_brackets_are_text() {
        let html = "<pre>9,000 km<code>1</code> 2</pre> a < 3 km";
        assert_eq!(
            show(&prose_mask(html)),
            "################################### a < 3 km"
        );
    }

    #[test]
    fn unterminated_constructs_run_to_the_end() {
        for html in [
            "a <!-- 5 km",
            "a <script>5 km",
            "a <div title=\"5 km",
            "a <![CDATA[5",
        ] {
            let prose = prose_mask(html);
            assert_eq!(prose.len(), html.len());
            assert!(!prose.contains('5'), "{html}: {prose:?}");
        }
        assert_eq!(comments("x<!-- a -->y<!-- b"), vec![1..11, 12..18]);
    }

    #[test]
    fn bare_urls_are_masked() {
        let mut out = b"see https://x.org/a-5km_(9). Or www.y.com/1, 2 km".to_vec();
        mask_urls(&mut out);
        assert_eq!(
            show(std::str::from_utf8(&out).unwrap()),
            "see #######################. Or ###########, 2 km"
        );
    }

    #[test]
    fn multibyte_text_in_masked_parts_stays_valid() {
        let html = "<p title=\"€5\">€5 — ok</p><!-- ½ -->";
        let prose = prose_mask(html);
        assert_eq!(prose.len(), html.len());
        assert!(prose.contains("€5 — ok"));
    }
}
