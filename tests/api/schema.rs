//! The committed `schema.graphql` is what the code serves.

#[test]
fn committed_schema_matches_the_code() {
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql")).unwrap();
    assert!(
        committed == mega_api::sdl(),
        "schema.graphql is out of date: run `cargo run -p mega-server -- export-schema`"
    );
}
