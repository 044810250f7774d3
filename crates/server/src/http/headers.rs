//! Response headers every answer carries: a strict Content-Security-Policy (no inline script),
//! `X-Content-Type-Options`, `Referrer-Policy`, framing refused, HSTS when served over TLS; and
//! caching: hashed assets forever, `index.html` revalidated on every visit.

use axum::{
    extract::Request,
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};

/// The policy of the SPA and the API: scripts and connections from this origin only. Styles
/// allow inline `style` attributes and elements, which Mantine writes at run time.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; \
     connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
     frame-ancestors 'none'";

/// GraphiQL (an IDE for developers) loads its scripts from unpkg and starts with an inline one.
const GRAPHIQL_POLICY: &str = "default-src 'self'; script-src 'self' 'unsafe-inline' https://unpkg.com; \
     style-src 'self' 'unsafe-inline' https://unpkg.com; img-src 'self' data: https://unpkg.com; \
     font-src 'self' data: https://unpkg.com; connect-src 'self'; object-src 'none'; \
     base-uri 'self'; frame-ancestors 'none'";

/// Hashed files of the build (`/assets/index-3f2a1c.js`): their name changes with their content.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Everything else of the SPA (`index.html` and the history fallback): always revalidated, so a
/// deployment is picked up on the next visit.
const REVALIDATE: &str = "no-cache";

/// Adds the security headers (HSTS when `tls`) and the SPA's cache headers.
pub async fn secure(tls: bool, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let policy = if path == "/graphiql" {
        GRAPHIQL_POLICY
    } else {
        CONTENT_SECURITY_POLICY
    };
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(policy),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    if tls {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if !headers.contains_key(header::CACHE_CONTROL) && is_spa(&path) {
        let cache = if path.starts_with("/assets/") {
            IMMUTABLE
        } else {
            REVALIDATE
        };
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    }
    response
}

/// Whether `path` is served from the built SPA (not the API).
fn is_spa(path: &str) -> bool {
    ![
        "/graphql",
        "/graphiql",
        "/api/",
        "/auth/",
        "/healthz",
        "/readyz",
    ]
    .iter()
    .any(|prefix| path.starts_with(prefix))
}
