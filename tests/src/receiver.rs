//! [`Receiver`]: a webhook endpoint on 127.0.0.1 that records what it is sent and answers
//! with scripted statuses, so tests see deliveries exactly as an integration would.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    routing::post,
};
use tokio::net::TcpListener;

/// One request the receiver got.
#[derive(Clone, Debug)]
pub struct Received {
    /// Its headers.
    pub headers: HeaderMap,
    /// Its body, as sent.
    pub body: String,
}

impl Received {
    /// A header's value as text.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
    }
}

#[derive(Default)]
struct Inner {
    received: Vec<Received>,
    /// Statuses to answer, in order; 200 once they run out.
    script: Vec<u16>,
}

/// A running webhook receiver.
pub struct Receiver {
    addr: SocketAddr,
    inner: Arc<Mutex<Inner>>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn receive(
    State(inner): State<Arc<Mutex<Inner>>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let mut inner = inner.lock().expect("receiver lock");
    inner.received.push(Received {
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    });
    let status = if inner.script.is_empty() {
        200
    } else {
        inner.script.remove(0)
    };
    StatusCode::from_u16(status).expect("scripted status")
}

impl Receiver {
    /// Starts a receiver answering `script` in order, then 200.
    pub async fn start(script: &[u16]) -> Self {
        Self::start_on("127.0.0.1:0", script).await
    }

    /// Starts a receiver on a given address (e.g. one a webhook already points to).
    pub async fn start_on(addr: &str, script: &[u16]) -> Self {
        let inner = Arc::new(Mutex::new(Inner {
            received: Vec::new(),
            script: script.to_vec(),
        }));
        let listener = TcpListener::bind(addr).await.expect("bind receiver");
        let addr = listener.local_addr().expect("receiver address");
        let router = Router::new()
            .route("/hook", post(receive))
            .with_state(Arc::clone(&inner));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
                .expect("receiver");
        });
        Self {
            addr,
            inner,
            _stop: stop,
        }
    }

    /// The endpoint URL.
    pub fn url(&self) -> String {
        format!("http://{}/hook", self.addr)
    }

    /// What it has received so far.
    pub fn received(&self) -> Vec<Received> {
        self.inner.lock().expect("receiver lock").received.clone()
    }

    /// Waits up to 10 s until at least `count` requests arrived; returns them.
    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        for _ in 0..200 {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("expected {count} deliveries, got {}", self.received().len());
    }
}
