//! When DataLoaders run their batches: as soon as the request's resolvers have all asked,
//! with no fixed wait. A loader hands its batch to [`Batches`] instead of spawning it; the
//! request future is wrapped in [`Batches::drive`], which runs the queued batches only when
//! the request itself can make no progress — that is, when every sibling resolver of the
//! level has registered its keys. One statement per loader and level, at once, whatever the
//! load on the machine.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use async_graphql::dataloader::DataLoader;
use futures::future::BoxFuture;
use futures::stream::{FuturesUnordered, StreamExt};
use futures::task::ArcWake;

/// The batches queued by one request's loaders.
#[derive(Clone, Default)]
pub struct Batches(Arc<Mutex<Vec<BoxFuture<'static, ()>>>>);

impl Batches {
    /// An empty queue for one request.
    pub fn new() -> Self {
        Self::default()
    }

    /// A DataLoader whose batches run through this queue.
    pub fn loader<T: Send + Sync + 'static>(&self, loader: T) -> DataLoader<T> {
        let queue = self.clone();
        DataLoader::new(loader, move |batch| queue.push(batch)).delay(std::time::Duration::ZERO)
    }

    fn push(&self, batch: BoxFuture<'static, ()>) {
        self.lock().push(batch);
    }

    fn take(&self) -> Vec<BoxFuture<'static, ()>> {
        std::mem::take(&mut *self.lock())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<BoxFuture<'static, ()>>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Runs `request`, starting the queued batches whenever it is waiting.
    pub async fn drive<F: Future>(self, request: F) -> F::Output {
        Drive {
            request: Box::pin(request),
            batches: self,
            running: FuturesUnordered::new(),
        }
        .await
    }
}

struct Drive<F: Future> {
    request: Pin<Box<F>>,
    batches: Batches,
    running: FuturesUnordered<BoxFuture<'static, ()>>,
}

/// How many times in a row a request that yields of its own accord is polled again before the
/// queued batches start anyway (a bound, so a request that always yields cannot starve them).
const MAX_REPOLLS: usize = 64;

/// A waker that remembers being woken, wrapping the task's own.
struct Flagged {
    inner: Waker,
    woken: AtomicBool,
}

impl ArcWake for Flagged {
    fn wake_by_ref(arc: &Arc<Self>) {
        arc.woken.store(true, Ordering::Release);
        arc.inner.wake_by_ref();
    }
}

impl<F: Future> Future for Drive<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.get_mut();
        let flagged = Arc::new(Flagged {
            inner: cx.waker().clone(),
            woken: AtomicBool::new(false),
        });
        let waker = futures::task::waker(Arc::clone(&flagged));
        let mut request_cx = Context::from_waker(&waker);
        let mut repolls = 0;
        loop {
            flagged.woken.store(false, Ordering::Release);
            if let Poll::Ready(output) = this.request.as_mut().poll(&mut request_cx) {
                return Poll::Ready(output);
            }
            // A request that woke itself while being polled only yielded (futures' joins do
            // so every few children): poll it again, so the rest of the level asks too.
            if flagged.woken.load(Ordering::Acquire) && repolls < MAX_REPOLLS {
                repolls += 1;
                continue;
            }
            repolls = 0;
            // The request waits: every resolver that could ask has asked. Start what they
            // queued, and run the batches as far as they go.
            this.running.extend(this.batches.take());
            let mut finished = false;
            while let Poll::Ready(Some(())) = this.running.poll_next_unpin(cx) {
                finished = true;
            }
            // A finished batch has answered resolvers: let them go on. Otherwise everything
            // waits on I/O, and a batch or the request wakes this task when it can go on.
            if !finished {
                return Poll::Pending;
            }
        }
    }
}
