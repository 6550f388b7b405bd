//! A finding's message in parts, so that reports can show each part on its own (the fact,
//! its source, how far off the claim is) and no code ever reads English back out of a
//! finished sentence.

/// The parts of a finding's message. [`MessageParts::sentence`] joins them into the one
/// sentence of the JSON `message` field:
/// `summary (source: …); difference; and addendum`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageParts {
    /// What was stated and what the fact base (or the article) says: "Kh-47M2 Kinzhal range
    /// stated as 4,000 km; the fact base says 1,500–2,000 km".
    pub summary: String,
    /// The fact's source, when a fact is involved.
    pub source: Option<String>,
    /// How far off the claim is, in plain words: "4,000 km is twice the fact base's maximum
    /// of 2,000 km".
    pub difference: Option<String>,
    /// A second problem of the same claim found by another check ("5,000 miles does not
    /// convert 15,000 km, which is about 9,321 mi").
    pub addendum: Option<String>,
    /// For a value stated twice, the two statements, so the sentence can be worded from
    /// either one's point of view.
    pub restatement: Option<Box<Restatement>>,
}

/// The same thing stated twice with values that cannot both hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Restatement {
    /// What is stated: "Tupolev Tu-160 crew".
    pub subject: String,
    /// The value stated by the claim this finding is about.
    pub stated: String,
    /// The value stated elsewhere.
    pub other: String,
    /// The line of the other statement.
    pub other_line: usize,
}

impl Restatement {
    /// "Tupolev Tu-160 crew stated as six here but as four on line 3; both cannot hold",
    /// with "on line N" instead of "here" when `stated_on` names the claim's line.
    pub fn sentence(&self, stated_on: Option<usize>) -> String {
        let place = stated_on.map_or_else(|| "here".to_string(), |line| format!("on line {line}"));
        format!(
            "{} stated as {} {place} but as {} on line {}; both cannot hold",
            self.subject, self.stated, self.other, self.other_line
        )
    }
}

impl MessageParts {
    /// Parts with only a summary.
    pub fn summary(summary: impl Into<String>) -> MessageParts {
        MessageParts {
            summary: summary.into(),
            ..MessageParts::default()
        }
    }

    /// The whole message, as one sentence.
    pub fn sentence(&self) -> String {
        let mut sentence = match &self.restatement {
            Some(restatement) => restatement.sentence(None),
            None => self.summary.clone(),
        };
        if let Some(source) = &self.source {
            sentence.push_str(&format!(" (source: {source})"));
        }
        if let Some(explanation) = self.explanation() {
            sentence.push_str("; ");
            sentence.push_str(&explanation);
        }
        sentence
    }

    /// What the message adds to the fact and its source: the difference and the addendum,
    /// or `None` when it adds nothing.
    pub fn explanation(&self) -> Option<String> {
        match (&self.difference, &self.addendum) {
            (Some(difference), Some(addendum)) => Some(format!("{difference}; and {addendum}")),
            (Some(difference), None) => Some(difference.clone()),
            (None, Some(addendum)) => Some(format!("and {addendum}")),
            (None, None) => None,
        }
    }
}
