//! The permission policy (`crates/domain/src/policy*`) is the only place that compares roles
//! or the caller's identity with a resource's owner. This test reads every source file of the
//! API crate and fails on code that decides access by itself; the patterns are checked against
//! samples first, so the test cannot pass by matching nothing.
#![expect(
    clippy::expect_used,
    reason = "a test: a broken expectation must fail loudly"
)]

use std::path::{Path, PathBuf};

/// What deciding access looks like in code, with the reason shown when it is found.
const FORBIDDEN: &[(&str, &str)] = &[
    (
        r"GlobalRole::(Coordinator|Partner|Expert)",
        "names a global role: ask the policy (authorize / allows / scopes)",
    ),
    (
        r"(==|!=)\s*[\w:]*MembershipRole::|MembershipRole::\w+\s*(==|!=)",
        "compares a membership role: use a domain fact or the policy",
    ),
    (
        r"\brole\s*(==|!=)|(==|!=)\s*[\w.]*\brole\b",
        "compares a role: ask the policy",
    ),
    (
        r"Actor::User\s*\(",
        "looks inside the actor: only authentication builds actors; ask the policy",
    ),
    (
        r"\b(me|principal|viewer|caller)\.\w+\s*(==|!=)|(==|!=)\s*(me|principal|viewer|caller)\.\w+",
        "compares the caller with an owner: ask the policy",
    ),
    (
        r"identity\(ctx\)\s*\.\s*user\b[^;]*(==|!=)",
        "compares the signed-in user with an owner: ask the policy",
    ),
];

/// Files allowed to build actors or name roles, and why.
const ALLOWED: &[(&str, &str)] = &[
    // Authentication turns credentials into the actor the policy judges.
    ("src/auth/mod.rs", r"Actor::User\s*\("),
    // The demo personas are declared with their roles.
    ("src/demo.rs", r"GlobalRole::(Coordinator|Partner|Expert)"),
];

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The code of a line, without its comment.
fn code(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

/// The forbidden patterns `text` matches, as (line number, reason), skipping `allowed`.
fn violations(text: &str, allowed: &[&str]) -> Vec<(usize, &'static str)> {
    let checks: Vec<(regex::Regex, &'static str)> = FORBIDDEN
        .iter()
        .filter(|(pattern, _)| !allowed.contains(pattern))
        .map(|(pattern, reason)| (regex::Regex::new(pattern).expect("valid pattern"), *reason))
        .collect();
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        // Unit tests below set up actors and roles on purpose.
        if line.trim() == "#[cfg(test)]" {
            break;
        }
        let line = code(line);
        for (regex, reason) in &checks {
            if regex.is_match(line) {
                found.push((number + 1, *reason));
            }
        }
    }
    found
}

#[test]
fn the_patterns_catch_decisions_made_outside_the_policy() {
    let samples = [
        "    if principal.role == GlobalRole::Coordinator {",
        "    matches!(actor, Actor::User(p) if p.is_admin())",
        "    if me.organisation_id != plan.organisation_id { return Err(denied) }",
        "    .filter(|m| m.role == MembershipRole::Leading)",
        "    let mine = identity(ctx).user.as_ref().is_some_and(|u| u.id == owner);",
        "    if viewer.id == token.owner_id {",
    ];
    for sample in samples {
        assert!(!violations(sample, &[]).is_empty(), "not caught: {sample}");
    }
    let fine = [
        "    authorize(actor, Action::EditActionPlan { owner, editable_by_owner })?;",
        "    // the coordinator (GlobalRole::Coordinator) may do anything",
        "    plans.retain(|p| p.organisation_id == organisation);",
    ];
    for sample in fine {
        assert_eq!(violations(sample, &[]), [], "wrongly caught: {sample}");
    }
}

#[test]
fn no_access_decision_outside_the_policy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    assert!(files.len() > 50, "the API crate's sources were not found");
    let mut report = Vec::new();
    for file in files {
        let relative = file
            .strip_prefix(root)
            .expect("inside the crate")
            .to_string_lossy()
            .replace('\\', "/");
        let allowed: Vec<&str> = ALLOWED
            .iter()
            .filter(|(path, _)| *path == relative)
            .map(|(_, pattern)| *pattern)
            .collect();
        let text = std::fs::read_to_string(&file).expect("read source");
        for (line, reason) in violations(&text, &allowed) {
            report.push(format!("{relative}:{line}: {reason}"));
        }
    }
    assert!(
        report.is_empty(),
        "access decided outside the policy:\n{}",
        report.join("\n")
    );
}
