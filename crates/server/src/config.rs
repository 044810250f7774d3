//! Configuration from the environment (`MEGA_*`), overridable by flags; documented in the
//! README and in `mega --help`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use crate::webhook_sender::SenderConfig;

/// Shortest JWT secret accepted: 256 bits.
pub const MIN_JWT_SECRET_BYTES: usize = 32;
/// Longest access-token lifetime accepted.
pub const MAX_ACCESS_TOKEN_TTL: Duration = Duration::from_secs(15 * 60);

/// Where the database is.
#[derive(Args, Clone, Debug)]
pub struct DatabaseArgs {
    /// Database URL: `sqlite://FILE?mode=rwc` (created on first start) or `postgres://…`.
    #[arg(
        long,
        env = "MEGA_DATABASE_URL",
        default_value = "sqlite://mega.db?mode=rwc"
    )]
    pub database_url: String,
}

/// Everything `mega serve` needs.
#[derive(Args, Clone, Debug)]
pub struct ServeArgs {
    /// Database location.
    #[command(flatten)]
    pub database: DatabaseArgs,

    /// Address and port to listen on.
    #[arg(long, env = "MEGA_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// HMAC key for access tokens, at least 32 bytes. Required unless `--demo`, where a random
    /// one is generated per start.
    #[arg(long, env = "MEGA_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,

    /// Lifetime of access tokens in seconds (at most 900).
    #[arg(long, env = "MEGA_ACCESS_TOKEN_TTL_SECONDS", default_value_t = 900)]
    pub access_token_ttl_seconds: u64,

    /// Lifetime of refresh tokens in seconds (default 14 days).
    #[arg(long, env = "MEGA_REFRESH_TOKEN_TTL_SECONDS", default_value_t = 14 * 24 * 3600)]
    pub refresh_token_ttl_seconds: u64,

    /// Origins allowed to call the API from a browser (comma-separated); empty means
    /// same-origin only.
    #[arg(long, env = "MEGA_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,

    /// Directory of the built SPA, served at `/`.
    #[arg(long, env = "MEGA_STATIC_DIR", default_value = "frontend/dist")]
    pub static_dir: PathBuf,

    /// Load the demo dataset and demo personas (empty database) and relax secret rules.
    #[arg(long)]
    pub demo: bool,

    /// Password of the demo personas; a random one is generated and printed when unset.
    #[arg(long, env = "MEGA_DEMO_PASSWORD", hide_env_values = true)]
    pub demo_password: Option<String>,

    /// Points each identity (user, or address when anonymous) may spend per hour; see
    /// docs/API.md for what a request costs.
    #[arg(long, env = "MEGA_RATE_LIMIT_POINTS_PER_HOUR", default_value_t = mega_domain::rate_limit::DEFAULT_POINTS_PER_HOUR)]
    pub rate_limit_points_per_hour: i64,

    /// Take the client address from the last `X-Forwarded-For` entry (set this only behind a
    /// reverse proxy that appends it, as the nginx of docker-compose.yml does).
    #[arg(long, env = "MEGA_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,

    /// The address users reach the site at, e.g. `https://hub.example.org` (for links in
    /// messages). An `https` address turns on HSTS and `Secure` cookies.
    #[arg(long, env = "MEGA_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Seconds to drain open requests after SIGTERM or Ctrl-C before stopping anyway.
    #[arg(long, env = "MEGA_SHUTDOWN_GRACE_SECONDS", default_value_t = 30)]
    pub shutdown_grace_seconds: u64,

    /// Add an `x-sql-statements-total` header to every response: the SQL statements the
    /// request ran (for `scripts/bench`; off by default).
    #[arg(long, env = "MEGA_EXPOSE_STATEMENT_COUNT")]
    pub expose_statement_count: bool,

    /// The SMTP server e-mail goes through: `smtp://host:1025` (plain, for a local catcher),
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS), `smtps://user:pass@host:465`.
    /// Without it, mail waits in the outbox and nothing is lost.
    #[arg(long, env = "MEGA_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// The sender of e-mail, e.g. `MEGA Hub <hub@example.org>` (required with
    /// `MEGA_SMTP_URL` outside demo mode).
    #[arg(long, env = "MEGA_MAIL_FROM")]
    pub mail_from: Option<String>,
}

/// Validated configuration of a running server.
#[derive(Clone, Debug)]
pub struct Config {
    /// Database URL.
    pub database_url: String,
    /// Listen address.
    pub bind: SocketAddr,
    /// Token settings.
    pub auth: mega_api::AuthConfig,
    /// Allowed browser origins.
    pub cors_origins: Vec<String>,
    /// Built SPA directory.
    pub static_dir: PathBuf,
    /// Points per identity per hour.
    pub rate_limit: mega_api::rate_limit::RateLimitConfig,
    /// Whether the client address comes from `X-Forwarded-For`.
    pub trust_forwarded_for: bool,
    /// Longest a request may take ([`crate::http::REQUEST_TIMEOUT`] outside tests).
    pub request_timeout: Duration,
    /// Whether anonymous callers may introspect the schema (demo mode only).
    pub public_introspection: bool,
    /// How webhooks are registered and sent.
    pub webhooks: WebhookConfig,
    /// The address users reach the site at, when configured.
    pub public_url: Option<url::Url>,
    /// How long open requests may drain after a shutdown signal.
    pub shutdown_grace: Duration,
    /// Whether responses carry `x-sql-statements-total` (benchmarks only).
    pub expose_statement_count: bool,
    /// How e-mail is sent.
    pub mail: crate::mail::MailConfig,
    /// How often the time-driven checks (steps gone late) run; never with `None` (tests
    /// run them on purpose).
    pub scheduled_every: Option<Duration>,
}

impl Config {
    /// Whether the site is served over TLS (from its public address): HSTS and `Secure`
    /// cookies then.
    pub fn tls(&self) -> bool {
        self.public_url
            .as_ref()
            .is_some_and(|url| url.scheme() == "https")
    }
}

/// Webhook settings: the endpoint rule and the sender's pace.
#[derive(Clone, Copy, Debug, Default)]
pub struct WebhookConfig {
    /// The sender's pace; its `allow_private` also decides which endpoints may be registered,
    /// so registration and delivery apply one rule.
    pub sender: SenderConfig,
    /// Whether the sender gets a connection pool of its own instead of sharing the server's
    /// (tests count the server's statements, which the sender's polling must not disturb).
    pub own_pool: bool,
}

/// A configuration that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// No JWT secret outside demo mode.
    #[error(
        "MEGA_JWT_SECRET is required (at least {MIN_JWT_SECRET_BYTES} bytes) unless --demo is given"
    )]
    MissingJwtSecret,
    /// JWT secret too short.
    #[error("MEGA_JWT_SECRET must be at least {MIN_JWT_SECRET_BYTES} bytes (256 bits)")]
    WeakJwtSecret,
    /// Access tokens would live too long (or not at all).
    #[error("MEGA_ACCESS_TOKEN_TTL_SECONDS must be between 1 and 900")]
    AccessTokenTtl,
    /// Refresh tokens would not live at all.
    #[error("MEGA_REFRESH_TOKEN_TTL_SECONDS must be at least 1")]
    RefreshTokenTtl,
    /// A rate limit that would refuse everything.
    #[error("MEGA_RATE_LIMIT_POINTS_PER_HOUR must be at least 1")]
    RateLimit,
    /// A public address that is not an absolute http(s) URL.
    #[error("MEGA_PUBLIC_URL must be an absolute http:// or https:// address")]
    PublicUrl,
    /// An SMTP address lettre cannot use.
    #[error("MEGA_SMTP_URL must be an smtp:// or smtps:// address")]
    SmtpUrl,
    /// A sender that is not an address.
    #[error("MEGA_MAIL_FROM must be an e-mail address, e.g. `MEGA Hub <hub@example.org>`")]
    MailFrom,
    /// Mail configured without what its messages need, outside demo mode.
    #[error(
        "MEGA_SMTP_URL needs MEGA_MAIL_FROM and MEGA_PUBLIC_URL (for the links in messages) unless --demo is given"
    )]
    MailNeedsFromAndPublicUrl,
}

impl ServeArgs {
    /// Validates the arguments; `random_secret` supplies the per-start secret in demo mode.
    pub fn into_config(
        self,
        random_secret: impl FnOnce() -> String,
    ) -> Result<Config, ConfigError> {
        let jwt_secret = match (self.jwt_secret, self.demo) {
            (Some(secret), _) => secret,
            (None, true) => random_secret(),
            (None, false) => return Err(ConfigError::MissingJwtSecret),
        };
        if jwt_secret.len() < MIN_JWT_SECRET_BYTES {
            return Err(ConfigError::WeakJwtSecret);
        }
        let access_token_ttl = Duration::from_secs(self.access_token_ttl_seconds);
        if access_token_ttl.is_zero() || access_token_ttl > MAX_ACCESS_TOKEN_TTL {
            return Err(ConfigError::AccessTokenTtl);
        }
        if self.refresh_token_ttl_seconds == 0 {
            return Err(ConfigError::RefreshTokenTtl);
        }
        if self.rate_limit_points_per_hour < 1 {
            return Err(ConfigError::RateLimit);
        }
        let public_url = self
            .public_url
            .filter(|raw| !raw.trim().is_empty())
            .map(|raw| {
                url::Url::parse(raw.trim())
                    .ok()
                    .filter(|url| matches!(url.scheme(), "http" | "https") && url.has_host())
                    .ok_or(ConfigError::PublicUrl)
            })
            .transpose()?;
        let smtp_url = self.smtp_url.filter(|raw| !raw.trim().is_empty());
        let mail_from = self.mail_from.filter(|raw| !raw.trim().is_empty());
        if let Some(url) = &smtp_url {
            let usable = url::Url::parse(url)
                .ok()
                .is_some_and(|u| matches!(u.scheme(), "smtp" | "smtps") && u.has_host());
            if !usable {
                return Err(ConfigError::SmtpUrl);
            }
            if !self.demo && (mail_from.is_none() || public_url.is_none()) {
                return Err(ConfigError::MailNeedsFromAndPublicUrl);
            }
        }
        let from = mail_from
            .as_deref()
            .unwrap_or("MEGA Hub <hub@mega-hub.invalid>")
            .parse()
            .map_err(|_| ConfigError::MailFrom)?;
        // Links in mail go to the public address; a demo on one machine links to itself.
        let link_base = match &public_url {
            Some(url) => url.clone(),
            None => local_url(self.bind),
        };
        Ok(Config {
            mail: crate::mail::MailConfig::new(smtp_url, from, link_base),
            scheduled_every: Some(crate::scheduler::EVERY),
            database_url: self.database.database_url,
            bind: self.bind,
            auth: mega_api::AuthConfig {
                jwt_secret: jwt_secret.into_bytes(),
                access_token_ttl,
                refresh_token_ttl: Duration::from_secs(self.refresh_token_ttl_seconds),
            },
            cors_origins: self
                .cors_origins
                .into_iter()
                .filter(|o| !o.trim().is_empty())
                .collect(),
            static_dir: self.static_dir,
            rate_limit: mega_api::rate_limit::RateLimitConfig {
                points_per_hour: self.rate_limit_points_per_hour,
            },
            trust_forwarded_for: self.trust_forwarded_for,
            request_timeout: crate::http::REQUEST_TIMEOUT,
            // Demo mode runs on one machine: exploring the schema and receivers on loopback
            // are the point there.
            public_introspection: self.demo,
            webhooks: WebhookConfig {
                sender: SenderConfig {
                    allow_private: self.demo,
                    ..SenderConfig::default()
                },
                own_pool: false,
            },
            public_url,
            shutdown_grace: Duration::from_secs(self.shutdown_grace_seconds),
            expose_statement_count: self.expose_statement_count,
        })
    }
}

/// `http://` on `bind`, `localhost` for an unspecified address (links of a local demo).
fn local_url(bind: SocketAddr) -> url::Url {
    let host = if bind.ip().is_unspecified() {
        "localhost".to_owned()
    } else {
        match bind.ip() {
            std::net::IpAddr::V4(ip) => ip.to_string(),
            std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        }
    };
    match url::Url::parse(&format!("http://{host}:{}", bind.port())) {
        Ok(url) => url,
        Err(_) => unreachable!("a host and a port make a URL"),
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    struct TestCli {
        #[command(flatten)]
        serve: ServeArgs,
    }

    fn args(extra: &[&str]) -> ServeArgs {
        let mut argv = vec!["mega"];
        argv.extend_from_slice(extra);
        TestCli::parse_from(argv).serve
    }

    #[test]
    fn secret_is_required_outside_demo_mode() {
        let err = args(&[]).into_config(|| unreachable!()).unwrap_err();
        assert!(matches!(err, ConfigError::MissingJwtSecret));
        let config = args(&["--demo"]).into_config(|| "r".repeat(64)).unwrap();
        assert_eq!(config.auth.jwt_secret.len(), 64);
    }

    #[test]
    fn weak_secrets_and_long_lifetimes_are_refused() {
        let err = args(&["--jwt-secret", "short"])
            .into_config(String::new)
            .unwrap_err();
        assert!(matches!(err, ConfigError::WeakJwtSecret));
        let secret = "s".repeat(32);
        let err = args(&["--jwt-secret", &secret, "--access-token-ttl-seconds", "901"])
            .into_config(String::new)
            .unwrap_err();
        assert!(matches!(err, ConfigError::AccessTokenTtl));
    }
}
