//! Test harness for black-box tests: [`TestApp`] starts the real server on an ephemeral port
#![expect(
    clippy::expect_used,
    reason = "test harness: a failed set-up must fail the test loudly"
)]
//! over a fresh database (a SQLite file or a PostgreSQL database of its own) and talks to it
//! over HTTP.

mod app;
mod backend;
pub mod builders;
mod receiver;
mod smtp;

pub use app::{
    DEMO_PASSWORD, JWT_SECRET, Session, TestApp, TestAppBuilder, error_code, user_errors,
};
pub use backend::Backend;
pub use receiver::{Received, Receiver};
pub use smtp::{ReceivedMail, SmtpServer};

/// Declares each listed `async fn(Backend)` test twice: `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::Backend::Sqlite).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name($crate::Backend::Postgres).await;
                }
            }
        )+
    };
}
