//! Relay connections over domain pages: `first` 1–100 (default 20), `after`, `pageInfo`,
//! `totalCount`. Cursors are opaque offsets.

use async_graphql::{
    OutputType, SimpleObject,
    connection::{Connection, Edge, EmptyFields},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use mega_domain::{Page, PageRequest};

use crate::error::{ApiError, ApiResult};

/// Fields every connection has besides edges and nodes.
#[derive(SimpleObject)]
pub struct ConnectionFields {
    /// Number of items in the whole list, across all pages.
    pub total_count: u64,
}

/// A connection of `T` as returned by list fields.
pub type PageConnection<T> = Connection<String, T, ConnectionFields, EmptyFields>;

fn encode_cursor(offset: u64) -> String {
    URL_SAFE_NO_PAD.encode(format!("offset:{offset}"))
}

fn decode_cursor(cursor: &str) -> Option<u64> {
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(cursor).ok()?).ok()?;
    text.strip_prefix("offset:")?.parse().ok()
}

/// Validates `first`/`after` into a page request.
pub fn page_request(first: Option<i32>, after: Option<String>) -> ApiResult<PageRequest> {
    let after = after
        .map(|cursor| {
            decode_cursor(&cursor)
                .ok_or_else(|| ApiError::BadUserInput("`after` is not a valid cursor.".into()))
        })
        .transpose()?;
    Ok(PageRequest::parse(first, after)?)
}

/// Turns a page of domain values into a connection of GraphQL objects.
pub fn connection<D, T: OutputType>(page: Page<D>, map: impl Fn(D) -> T) -> PageConnection<T> {
    let mut connection = Connection::with_additional_fields(
        page.has_previous(),
        page.has_next(),
        ConnectionFields {
            total_count: page.total,
        },
    );
    let offset = page.offset;
    connection.edges.extend(
        page.items
            .into_iter()
            .enumerate()
            .map(|(index, item)| Edge::new(encode_cursor(offset + index as u64), map(item))),
    );
    connection
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trip_and_validation() {
        assert_eq!(decode_cursor(&encode_cursor(41)), Some(41));
        assert!(page_request(Some(10), Some("garbage".into())).is_err());
        assert_eq!(
            page_request(Some(10), Some(encode_cursor(9))).unwrap(),
            PageRequest {
                offset: 10,
                limit: 10
            }
        );
        assert!(page_request(Some(0), None).is_err());
    }
}
