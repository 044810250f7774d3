//! Bounds the work of any GraphQL document before async-graphql parses or validates it.
//!
//! async-graphql's validators (depth, complexity, fragment checks) follow fragment spreads
//! without memoisation, so a 1.3 kB document in which each fragment spreads the next twice
//! costs 2^n steps; and its pest parser recurses on nesting before its own recursion limit
//! applies. This guard runs in linear time, without recursion on the input:
//! 1. a lexical scan bounds the document's size and counts tokens, nesting, directives,
//!    variables, fragment definitions and long numbers, and finds NUL characters written as
//!    escapes inside string literals;
//! 2. after parsing, the size and depth of every operation with all fragments expanded are
//!    computed with memoisation (each fragment once), and fragment cycles are refused.
//!
//! The same class of bug and its fix elsewhere: parse-server GHSA-mfj6-6p54-m98c
//! ("complexity validator exponential fragment traversal"), pothos #1793.

use std::collections::HashMap;

use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};

/// Longest document, in bytes (variables are not part of it: long texts belong there).
pub const MAX_DOCUMENT_BYTES: usize = 100_000;
/// Most tokens a document may have.
pub const MAX_TOKENS: usize = 10_000;
/// Deepest nesting of `{`, `[` and `(` in a document.
pub const MAX_NESTING: usize = 32;
/// Most fragment definitions.
pub const MAX_FRAGMENTS: usize = 100;
/// Most directives.
pub const MAX_DIRECTIVES: usize = 50;
/// Most variable references and definitions (`$name`) in a document, and most variables sent.
pub const MAX_VARIABLES: usize = 100;
/// Longest number literal, in characters.
pub const MAX_NUMBER_CHARS: usize = 40;
/// Most fields an operation may select once every fragment is expanded.
pub const MAX_EXPANDED_FIELDS: usize = 2_000;
/// Deepest selection once every fragment is expanded (async-graphql's depth limit is lower;
/// this only keeps its own traversal bounded).
pub const MAX_EXPANDED_DEPTH: usize = 32;

/// Why a document was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// A limit was exceeded.
    #[error("The query exceeds the limit of {limit} {what}.")]
    Limit {
        /// What was counted.
        what: &'static str,
        /// The limit.
        limit: usize,
    },
    /// A fragment spreads itself, directly or through others.
    #[error("The fragment `{0}` spreads itself.")]
    FragmentCycle(String),
    /// A NUL character (U+0000), which no text may contain.
    #[error("Text must not contain NUL characters (U+0000).")]
    Nul,
}

impl Refusal {
    /// The `extensions.code` of the refusal.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Limit { .. } | Self::FragmentCycle(_) => "QUERY_TOO_COMPLEX",
            Self::Nul => "BAD_USER_INPUT",
        }
    }
}

fn limit(what: &'static str, limit: usize) -> Refusal {
    Refusal::Limit { what, limit }
}

/// What the lexical scan counted.
#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    tokens: usize,
    nesting: usize,
    directives: usize,
    variables: usize,
    fragments: usize,
}

/// Scans `query` once, left to right, refusing at the first limit it crosses.
pub fn scan(query: &str) -> Result<(), Refusal> {
    if query.len() > MAX_DOCUMENT_BYTES {
        return Err(limit("bytes in a document", MAX_DOCUMENT_BYTES));
    }
    let bytes = query.as_bytes();
    let mut counts = Counts::default();
    let mut depth = 0_usize;
    let mut i = 0;
    let token = |counts: &mut Counts| -> Result<(), Refusal> {
        counts.tokens += 1;
        if counts.tokens > MAX_TOKENS {
            return Err(limit("tokens", MAX_TOKENS));
        }
        Ok(())
    };
    while i < bytes.len() {
        let byte = bytes[i];
        match byte {
            b' ' | b'\t' | b'\n' | b'\r' | b',' => i += 1,
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'{' | b'[' | b'(' => {
                token(&mut counts)?;
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(limit("levels of nesting depth", MAX_NESTING));
                }
                counts.nesting = counts.nesting.max(depth);
                i += 1;
            }
            b'}' | b']' | b')' => {
                token(&mut counts)?;
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'@' => {
                token(&mut counts)?;
                counts.directives += 1;
                if counts.directives > MAX_DIRECTIVES {
                    return Err(limit("directives", MAX_DIRECTIVES));
                }
                i += 1;
            }
            b'$' => {
                token(&mut counts)?;
                counts.variables += 1;
                if counts.variables > MAX_VARIABLES {
                    return Err(limit("variables", MAX_VARIABLES));
                }
                i += 1;
            }
            b'"' => {
                token(&mut counts)?;
                i = if bytes[i..].starts_with(b"\"\"\"") {
                    block_string_end(bytes, i + 3)
                } else {
                    string_end(bytes, i + 1)?
                };
            }
            b'-' | b'0'..=b'9' => {
                token(&mut counts)?;
                let start = i;
                i += 1;
                while i < bytes.len()
                    && matches!(bytes[i], b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-')
                {
                    i += 1;
                }
                if i - start > MAX_NUMBER_CHARS {
                    return Err(limit("characters in a number", MAX_NUMBER_CHARS));
                }
            }
            b'_' | b'a'..=b'z' | b'A'..=b'Z' => {
                token(&mut counts)?;
                let start = i;
                while i < bytes.len()
                    && matches!(bytes[i], b'_' | b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9')
                {
                    i += 1;
                }
                if depth == 0 && &bytes[start..i] == b"fragment" {
                    counts.fragments += 1;
                    if counts.fragments > MAX_FRAGMENTS {
                        return Err(limit("fragments", MAX_FRAGMENTS));
                    }
                }
            }
            b'.' if bytes[i..].starts_with(b"...") => {
                token(&mut counts)?;
                i += 3;
            }
            _ => {
                // Any other character is one token; the parser reports what is wrong with it.
                token(&mut counts)?;
                i += query[i..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    Ok(())
}

/// The index after a `"…"` string starting at `i` (after its quote); refuses NUL escapes.
fn string_end(bytes: &[u8], mut i: usize) -> Result<usize, Refusal> {
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return Ok(i + 1),
            b'\n' | b'\r' => return Ok(i),
            b'\\' => {
                if bytes[i + 1..].starts_with(b"u") && escapes_nul(&bytes[i + 2..]) {
                    return Err(Refusal::Nul);
                }
                i += 2;
            }
            _ => i += 1,
        }
    }
    Ok(i)
}

/// Whether the text after `\u` names U+0000: `0000` or `{0…}`.
fn escapes_nul(rest: &[u8]) -> bool {
    if rest.starts_with(b"0000") {
        return true;
    }
    if let Some(braced) = rest.strip_prefix(b"{") {
        let digits: Vec<u8> = braced.iter().copied().take_while(|b| *b != b'}').collect();
        return !digits.is_empty() && digits.len() < 16 && digits.iter().all(|d| *d == b'0');
    }
    false
}

/// The index after a `"""…"""` block string whose content starts at `i` (block strings have
/// no escapes but `\"""`).
fn block_string_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        if bytes[i..].starts_with(b"\\\"\"\"") {
            i += 4;
        } else if bytes[i..].starts_with(b"\"\"\"") {
            return i + 3;
        } else {
            i += 1;
        }
    }
    i
}

/// Size and depth of a selection with fragments expanded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Extent {
    fields: usize,
    depth: usize,
}

impl Extent {
    fn join(self, other: Self) -> Self {
        Self {
            fields: self.fields.saturating_add(other.fields),
            depth: self.depth.max(other.depth),
        }
    }
}

/// The state of a fragment in the walk: being expanded (a spread of it now is a cycle), or
/// measured.
enum Mark {
    InProgress,
    Done(Extent),
}

struct Measure<'a> {
    doc: &'a ExecutableDocument,
    marks: HashMap<&'a str, Mark>,
}

impl<'a> Measure<'a> {
    /// The extent of `set`, each fragment measured once; `Err` at the first limit crossed.
    /// Recursion follows the document's own nesting, which the scan bounded to
    /// [`MAX_NESTING`], and each fragment at most once.
    fn selection_set(&mut self, set: &'a SelectionSet) -> Result<Extent, Refusal> {
        let mut extent = Extent::default();
        for item in &set.items {
            let part = match &item.node {
                Selection::Field(field) => {
                    let child = self.selection_set(&field.node.selection_set.node)?;
                    Extent {
                        fields: child.fields.saturating_add(1),
                        depth: child.depth + 1,
                    }
                }
                Selection::InlineFragment(fragment) => {
                    self.selection_set(&fragment.node.selection_set.node)?
                }
                Selection::FragmentSpread(spread) => {
                    self.fragment(spread.node.fragment_name.node.as_str())?
                }
            };
            extent = extent.join(part);
            if extent.fields > MAX_EXPANDED_FIELDS {
                return Err(limit("fields with fragments expanded", MAX_EXPANDED_FIELDS));
            }
            if extent.depth > MAX_EXPANDED_DEPTH {
                return Err(limit("levels of selection", MAX_EXPANDED_DEPTH));
            }
        }
        Ok(extent)
    }

    fn fragment(&mut self, name: &'a str) -> Result<Extent, Refusal> {
        match self.marks.get(name) {
            Some(Mark::Done(extent)) => return Ok(*extent),
            Some(Mark::InProgress) => return Err(Refusal::FragmentCycle(name.to_owned())),
            None => {}
        }
        // An unknown fragment is the validator's to report.
        let Some((key, definition)) = self.doc.fragments.get_key_value(name) else {
            return Ok(Extent::default());
        };
        self.marks.insert(key.as_str(), Mark::InProgress);
        let extent = self.selection_set(&definition.node.selection_set.node)?;
        self.marks.insert(key.as_str(), Mark::Done(extent));
        Ok(extent)
    }
}

/// Checks every operation and fragment of a parsed document with fragments expanded.
pub fn measure(doc: &ExecutableDocument) -> Result<(), Refusal> {
    let mut measure = Measure {
        doc,
        marks: HashMap::new(),
    };
    for (_, operation) in doc.operations.iter() {
        measure.selection_set(&operation.node.selection_set.node)?;
    }
    // Fragments no operation uses are checked too: the validator walks them as well.
    for name in doc.fragments.keys() {
        measure.fragment(name.as_str())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::parser::parse_query;

    /// The fan-out document of the hostile-input report: each fragment spreads the next twice.
    fn fan_out(levels: usize) -> String {
        let mut query = String::from("query { viewer { ...F0 } }\n");
        for level in 0..levels {
            query.push_str(&format!(
                "fragment F{level} on User {{ organisation {{ id }} ...F{next} ...F{next} }}\n",
                next = level + 1
            ));
        }
        query.push_str(&format!("fragment F{levels} on User {{ id }}\n"));
        query
    }

    fn check(query: &str) -> Result<(), Refusal> {
        scan(query)?;
        let doc = parse_query(query).expect("valid GraphQL");
        measure(&doc)
    }

    #[test]
    fn ordinary_documents_pass() {
        check("query Plans($first: Int) { actionPlans(first: $first) { nodes { id actions { id steps { id title } } } } }")
            .expect("passes");
        check("{ viewer { ...Me } } fragment Me on User { id displayName organisation { name } }")
            .expect("passes");
        check(&fan_out(5)).expect("a small fan-out is ordinary");
    }

    #[test]
    fn fragment_fan_out_is_refused_in_linear_time() {
        for levels in [10, 20, 30, 40] {
            let started = std::time::Instant::now();
            assert_eq!(
                check(&fan_out(levels)),
                Err(limit("fields with fragments expanded", MAX_EXPANDED_FIELDS)),
                "{levels} levels"
            );
            assert!(started.elapsed() < std::time::Duration::from_millis(250));
        }
    }

    #[test]
    fn cycles_are_refused() {
        let query = "{ viewer { ...A } } fragment A on User { ...B } fragment B on User { ...A }";
        assert!(matches!(check(query), Err(Refusal::FragmentCycle(_))));
    }

    #[test]
    fn the_scan_counts_before_parsing() {
        let deep = format!("{{ a(x: {}1{}) }}", "[".repeat(40_000), "]".repeat(40_000));
        assert_eq!(
            scan(&deep),
            Err(limit("levels of nesting depth", MAX_NESTING))
        );
        let long = format!("{{ a(x: \"{}\") }}", "x".repeat(MAX_DOCUMENT_BYTES));
        assert_eq!(
            scan(&long),
            Err(limit("bytes in a document", MAX_DOCUMENT_BYTES))
        );
        let many = format!("{{ {} }}", "a ".repeat(20_000));
        assert_eq!(scan(&many), Err(limit("tokens", MAX_TOKENS)));
        let directives = format!("{{ a {} }}", "@include(if: true) ".repeat(100));
        assert_eq!(scan(&directives), Err(limit("directives", MAX_DIRECTIVES)));
        let variables: Vec<String> = (0..200).map(|n| format!("$v{n}: Int")).collect();
        let variables = format!("query({}) {{ a }}", variables.join(" "));
        assert_eq!(scan(&variables), Err(limit("variables", MAX_VARIABLES)));
        let fragments: String = (0..200)
            .map(|n| format!("fragment F{n} on User {{ id }}\n"))
            .collect();
        assert_eq!(scan(&fragments), Err(limit("fragments", MAX_FRAGMENTS)));
        let number = format!("{{ a(x: {}) }}", "9".repeat(1_000));
        assert_eq!(
            scan(&number),
            Err(limit("characters in a number", MAX_NUMBER_CHARS))
        );
    }

    #[test]
    fn nul_escapes_in_string_literals_are_refused() {
        for query in [
            r#"{ a(x: "before\u0000after") }"#,
            r#"{ a(x: "\u{0}") }"#,
            r#"{ a(x: "\u{000000}") }"#,
        ] {
            assert_eq!(scan(query), Err(Refusal::Nul), "{query}");
        }
        for query in [
            r#"{ a(x: "\\u0000 is written, not meant") }"#,
            r#"{ a(x: "\u0041") }"#,
            r#"{ a(x: """a block \u0000 is verbatim text""") }"#,
        ] {
            assert_eq!(scan(query), Ok(()), "{query}");
        }
    }

    #[test]
    fn strings_and_comments_hide_nothing_from_the_counts() {
        // Braces in strings and comments do not nest; "fragment" in a string is no fragment.
        scan("{ a(x: \"{{{{[[[[ fragment\") } # {{{{ fragment").expect("passes");
    }
}
