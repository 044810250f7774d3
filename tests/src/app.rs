//! [`TestApp`]: the real router on 127.0.0.1:0 with a fresh database, and an HTTP client.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use mega_api::AuthConfig;
use mega_persistence::Database;
use mega_server::mail::MailConfig;
use mega_server::webhook_sender::SenderConfig;
use mega_server::{Application, Running, WebhookConfig};
use serde_json::{Value, json};
use tokio::sync::oneshot;

use crate::backend::{Backend, TestDatabase};

/// Password of the demo personas in tests, and of every account the builders create.
pub const DEMO_PASSWORD: &str = "demo-password-for-tests";
/// The JWT secret of test servers, so tests can forge tokens to prove they are refused.
pub const JWT_SECRET: &[u8] = b"test-secret-test-secret-test-secret-0123456789";

/// Configures a [`TestApp`].
pub struct TestAppBuilder {
    backend: Backend,
    demo: bool,
    static_dir: Option<PathBuf>,
    rate_limit: i64,
    trust_forwarded_for: bool,
    strict_webhooks: bool,
    request_timeout: Duration,
    public_url: Option<url::Url>,
    expose_statement_count: bool,
    generated_scale: u32,
    smtp_url: Option<String>,
}

impl TestAppBuilder {
    /// Answers with `x-sql-statements-total`, as `mega serve --expose-statement-count`.
    pub fn expose_statement_count(mut self) -> Self {
        self.expose_statement_count = true;
        self
    }

    /// After the demo, adds `scale` generated copies of its network, as `mega generate`.
    pub fn generated(mut self, scale: u32) -> Self {
        self.generated_scale = scale;
        self
    }

    /// Serves as if reached at `url` (an `https` one turns on HSTS and `Secure` cookies).
    pub fn public_url(mut self, url: &str) -> Self {
        self.public_url = Some(url.parse().expect("a valid URL"));
        self
    }

    /// Sends mail to the SMTP server at `url` (without it, mail waits in the outbox).
    pub fn smtp(mut self, url: &str) -> Self {
        self.smtp_url = Some(url.to_owned());
        self
    }

    /// Starts without demo data (only the schema).
    pub fn empty(mut self) -> Self {
        self.demo = false;
        self
    }

    /// Serves the SPA from `dir`.
    pub fn static_dir(mut self, dir: PathBuf) -> Self {
        self.static_dir = Some(dir);
        self
    }

    /// Limits every identity to `points` per hour (default: the production default).
    pub fn rate_limit(mut self, points: i64) -> Self {
        self.rate_limit = points;
        self
    }

    /// Applies the production rule for webhook endpoints (public https only) instead of the
    /// test-mode rule that lets receivers listen on loopback.
    pub fn strict_webhooks(mut self) -> Self {
        self.strict_webhooks = true;
        self
    }

    /// Cuts requests off after `timeout` instead of the production 10 s.
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// Takes the client address from `X-Forwarded-For`, as behind a reverse proxy.
    pub fn trust_forwarded_for(mut self) -> Self {
        self.trust_forwarded_for = true;
        self
    }

    /// Creates the database, migrates, seeds and starts the server.
    pub async fn start(self) -> TestApp {
        let database = Arc::new(self.backend.create_database().await);
        let settings = self.settings();
        let application = Self::build(&settings, &database).await;
        if self.demo {
            mega_api::demo::seed(application.db(), DEMO_PASSWORD)
                .await
                .expect("seed demo data");
        }
        if self.generated_scale > 0 {
            mega_persistence::generate::generate(
                application.db().conn(),
                self.generated_scale,
                mega_persistence::generate::DEFAULT_SEED,
                chrono::Utc::now().date_naive(),
            )
            .await
            .expect("generate data");
        }
        Self::serve(settings, application, database)
    }

    fn settings(&self) -> Settings {
        Settings {
            static_dir: self
                .static_dir
                .clone()
                .unwrap_or_else(|| PathBuf::from("/nonexistent")),
            rate_limit: self.rate_limit,
            trust_forwarded_for: self.trust_forwarded_for,
            strict_webhooks: self.strict_webhooks,
            request_timeout: self.request_timeout,
            public_url: self.public_url.clone(),
            expose_statement_count: self.expose_statement_count,
            smtp_url: self.smtp_url.clone(),
        }
    }

    /// The production application over `database`, with the test knobs of `settings`.
    async fn build(settings: &Settings, database: &TestDatabase) -> Application {
        let config = mega_server::Config {
            database_url: database.url.clone(),
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            auth: AuthConfig {
                jwt_secret: JWT_SECRET.to_vec(),
                access_token_ttl: Duration::from_secs(900),
                refresh_token_ttl: Duration::from_secs(3600),
            },
            cors_origins: Vec::new(),
            static_dir: settings.static_dir.clone(),
            rate_limit: mega_api::rate_limit::RateLimitConfig {
                points_per_hour: settings.rate_limit,
            },
            trust_forwarded_for: settings.trust_forwarded_for,
            request_timeout: settings.request_timeout,
            public_introspection: false,
            webhooks: WebhookConfig {
                // Fast polling and retries, so webhook tests take a second, not an hour;
                // test receivers listen on loopback.
                sender: SenderConfig {
                    poll_interval: Duration::from_millis(50),
                    retry_base: chrono::TimeDelta::milliseconds(300),
                    allow_private: !settings.strict_webhooks,
                },
                // The sender's polling must never show in a test's statement counts.
                own_pool: true,
            },
            public_url: settings.public_url.clone(),
            shutdown_grace: Duration::from_secs(30),
            expose_statement_count: settings.expose_statement_count,
            mail: MailConfig {
                smtp_url: settings.smtp_url.clone(),
                from: "MEGA Hub <hub@mega-hub.test>".parse().expect("a mailbox"),
                public_url: settings
                    .public_url
                    .clone()
                    .unwrap_or_else(|| "http://hub.test".parse().expect("a URL")),
                // Fast polling and retries, so a stopped SMTP server is retried within a
                // second of coming back; digests are collected by the tests themselves.
                poll_interval: Duration::from_millis(50),
                retry_base: chrono::TimeDelta::milliseconds(200),
                retry_cap: chrono::TimeDelta::milliseconds(500),
                collect_digests: false,
            },
            // Tests run the time-driven checks on purpose, on a day they choose.
            scheduled_every: None,
        };
        Application::build(&config)
            .await
            .expect("build the application")
    }

    fn serve(settings: Settings, application: Application, database: Arc<TestDatabase>) -> TestApp {
        let addr = application.local_addr().expect("local addr");
        let db = application.db().clone();
        let (stop, stopped) = oneshot::channel::<()>();
        let running = application.start(async {
            let _ = stopped.await;
        });
        TestApp {
            addr,
            db,
            client: reqwest::Client::new(),
            settings,
            running,
            _stop: Some(stop),
            database,
        }
    }
}

/// What a [`TestApp`] was started with, so a second instance can be started alike.
#[derive(Clone)]
struct Settings {
    static_dir: PathBuf,
    rate_limit: i64,
    trust_forwarded_for: bool,
    strict_webhooks: bool,
    request_timeout: Duration,
    public_url: Option<url::Url>,
    expose_statement_count: bool,
    smtp_url: Option<String>,
}

/// A running server over its own database.
pub struct TestApp {
    addr: SocketAddr,
    db: Database,
    client: reqwest::Client,
    settings: Settings,
    /// The server task and its webhook sender (stopped when this is dropped).
    running: Running,
    _stop: Option<oneshot::Sender<()>>,
    database: Arc<TestDatabase>,
}

/// Tokens of a signed-in test user.
#[derive(Clone, Debug)]
pub struct Session {
    /// JWT access token.
    pub access_token: String,
    /// Opaque refresh token.
    pub refresh_token: String,
}

impl TestApp {
    /// A builder for an app on `backend`, with demo data unless told otherwise.
    pub fn builder(backend: Backend) -> TestAppBuilder {
        TestAppBuilder {
            backend,
            demo: true,
            static_dir: None,
            rate_limit: mega_domain::rate_limit::DEFAULT_POINTS_PER_HOUR,
            trust_forwarded_for: false,
            strict_webhooks: false,
            request_timeout: mega_server::http::REQUEST_TIMEOUT,
            public_url: None,
            expose_statement_count: false,
            generated_scale: 0,
            smtp_url: None,
        }
    }

    /// An app with demo data on `backend`.
    pub async fn start(backend: Backend) -> Self {
        Self::builder(backend).start().await
    }

    /// Another server instance over the same database and settings, as behind a load
    /// balancer (no seeding, and its migrations find nothing to do: the first instance did
    /// both).
    pub async fn another_instance(&self) -> TestApp {
        let application = TestAppBuilder::build(&self.settings, &self.database).await;
        TestAppBuilder::serve(
            self.settings.clone(),
            application,
            Arc::clone(&self.database),
        )
    }

    /// Stops this server and its webhook sender (as a crash or deploy would) and starts a
    /// new one over the same database.
    pub async fn restart(mut self) -> TestApp {
        self.running.stop_sender();
        drop(self._stop.take());
        let application = TestAppBuilder::build(&self.settings, &self.database).await;
        TestAppBuilder::serve(
            self.settings.clone(),
            application,
            Arc::clone(&self.database),
        )
    }

    /// `http://127.0.0.1:PORT` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// The HTTP client.
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// The server's database, e.g. to check what a request changed.
    pub fn db(&self) -> &Database {
        &self.db
    }

    /// SQL statements the server has executed so far.
    pub fn statements(&self) -> u64 {
        self.db.statement_count()
    }

    /// POSTs a GraphQL request and returns the JSON response.
    pub async fn graphql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self
            .client
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("send");
        assert!(response.status().is_success(), "HTTP {}", response.status());
        response.json().await.expect("JSON response")
    }

    /// Logs in and returns the tokens; panics when refused.
    pub async fn login(&self, email: &str) -> Session {
        let body = self
            .graphql(
                None,
                "mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken userErrors { code } } }",
                json!({ "input": { "email": email, "password": DEMO_PASSWORD } }),
            )
            .await;
        let login = &body["data"]["login"];
        Session {
            access_token: login["accessToken"]
                .as_str()
                .unwrap_or_else(|| panic!("login failed: {body}"))
                .to_owned(),
            refresh_token: login["refreshToken"]
                .as_str()
                .expect("refresh token")
                .to_owned(),
        }
    }
}

impl TestApp {
    /// Number of audit events recorded so far.
    pub async fn audit_count(&self) -> u64 {
        let request = mega_domain::PageRequest {
            offset: 0,
            limit: 1,
        };
        mega_persistence::audit::page(
            self.db.conn(),
            &mega_domain::AuditFilter::default(),
            request,
        )
        .await
        .expect("read audit log")
        .total
    }

    /// Creates an account with the demo password directly in the database (test set-up,
    /// not audited).
    pub async fn create_user(
        &self,
        email: &str,
        role: mega_domain::GlobalRole,
        organisation_slug: &str,
    ) {
        let organisation =
            mega_persistence::organisations::id_by_slug(self.db.conn(), organisation_slug)
                .await
                .expect("look up organisation")
                .expect("organisation exists");
        let password_hash = mega_api::auth::password::hash(DEMO_PASSWORD.to_owned())
            .await
            .expect("hash");
        let new = mega_persistence::users::NewUser {
            email: mega_domain::Email::parse(email).expect("valid e-mail"),
            display_name: mega_domain::DisplayName::parse(email).expect("valid name"),
            organisation_id: Some(organisation),
            global_role: role,
            password_hash,
        };
        mega_persistence::users::create(self.db.conn(), new)
            .await
            .expect("create user");
    }
}

/// The `userErrors` of a mutation payload as (last segment of the field path, code).
pub fn user_errors(payload: &Value) -> Vec<(String, String)> {
    payload["userErrors"]
        .as_array()
        .unwrap_or_else(|| panic!("no userErrors in {payload}"))
        .iter()
        .map(|e| {
            let field = e["field"]
                .as_array()
                .and_then(|path| path.last())
                .and_then(Value::as_str)
                .unwrap_or_default();
            (
                field.to_owned(),
                e["code"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The `extensions.code` of the first error of a response, if any.
pub fn error_code(body: &Value) -> Option<&str> {
    body["errors"][0]["extensions"]["code"].as_str()
}
