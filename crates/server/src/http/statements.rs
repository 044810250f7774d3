//! `x-sql-statements-total`: how many SQL statements a request ran, for `scripts/bench`
//! (`mega serve --expose-statement-count`). The router adds this layer only when asked.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;

/// The response header carrying the count.
pub const HEADER: &str = "x-sql-statements-total";

/// Runs the request, counting the statements of its task, and reports them in [`HEADER`].
/// Handlers build their whole body before returning (no streamed bodies run SQL), so the
/// count is complete when the header is written.
pub async fn expose(request: Request, next: Next) -> Response {
    let (mut response, statements) = mega_persistence::count_statements(next.run(request)).await;
    response
        .headers_mut()
        .insert(HEADER, HeaderValue::from(statements));
    response
}
