//! The browser's refresh token in an `HttpOnly` cookie, so no script on the page can read it.
//! The SPA asks for it by sending `X-Mega-Session: cookie` with `login`; the cookie is scoped to
//! the refresh endpoint (`/auth/refresh`), which also needs a custom header against CSRF.
//! Integrations keep receiving the refresh token in the payload and use bearer tokens.

use chrono::{DateTime, Utc};

/// The cookie's name.
pub const REFRESH_COOKIE: &str = "mega_refresh";
/// The only path the browser sends the cookie to.
pub const REFRESH_PATH: &str = "/auth/refresh";
/// The request header with which the SPA asks for the refresh token as a cookie.
pub const SESSION_HEADER: &str = "x-mega-session";
/// The header every cookie-authenticated request must carry: a cross-site form or image cannot
/// set it, and a cross-site script needs a CORS preflight the server never grants.
pub const CSRF_HEADER: &str = "x-mega-csrf";

/// Put into a request's data when the client asked for its refresh token as a cookie.
#[derive(Clone, Copy, Debug)]
pub struct SessionCookies {
    /// Whether the site is served over TLS (then the cookie is `Secure`).
    pub secure: bool,
}

impl SessionCookies {
    /// The `Set-Cookie` value holding `token` until `expires_at`.
    pub fn set(&self, token: &str, expires_at: DateTime<Utc>) -> String {
        let max_age = (expires_at - Utc::now()).num_seconds().max(0);
        format!(
            "{REFRESH_COOKIE}={token}; Path={REFRESH_PATH}; Max-Age={max_age}; HttpOnly; SameSite=Strict{}",
            self.secure_flag()
        )
    }

    /// The `Set-Cookie` value that removes the cookie.
    pub fn clear(&self) -> String {
        format!(
            "{REFRESH_COOKIE}=; Path={REFRESH_PATH}; Max-Age=0; HttpOnly; SameSite=Strict{}",
            self.secure_flag()
        )
    }

    fn secure_flag(&self) -> &'static str {
        if self.secure { "; Secure" } else { "" }
    }
}

/// The refresh token in a `Cookie` header value, if any.
pub fn refresh_token_in(cookie_header: &str) -> Option<&str> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == REFRESH_COOKIE)
        .map(|(_, value)| value.trim())
        .filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_http_only_strict_and_scoped() {
        let cookies = SessionCookies { secure: true };
        let set = cookies.set("mega_rt_x", Utc::now() + chrono::Duration::hours(1));
        for part in [
            "mega_refresh=mega_rt_x",
            "Path=/auth/refresh",
            "HttpOnly",
            "SameSite=Strict",
            "Secure",
        ] {
            assert!(set.contains(part), "{set}");
        }
        assert!(
            !SessionCookies { secure: false }
                .set("t", Utc::now())
                .contains("Secure")
        );
        assert!(cookies.clear().contains("Max-Age=0"));
    }

    #[test]
    fn the_token_is_found_among_other_cookies() {
        assert_eq!(
            refresh_token_in("a=1; mega_refresh=mega_rt_abc; b=2"),
            Some("mega_rt_abc")
        );
        assert_eq!(refresh_token_in("a=1"), None);
        assert_eq!(refresh_token_in("mega_refresh="), None);
    }
}
