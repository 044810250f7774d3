//! A short-lived in-process cache of who a credential is: the user, its memberships and
//! invitations (the principal), and a personal access token's row. Authentication then reads
//! nothing from the database in the common case.
//!
//! Freshness: an entry lives [`IDENTITY_TTL`]; a committed write that changes identities
//! (users, memberships, invitations, tokens) through this instance marks every entry stale at
//! once ([`mega_persistence::Database::identities_changed`]). So a deactivation, a membership
//! change or a revocation takes effect immediately on the instance that made it and within
//! [`IDENTITY_TTL`] on the others.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use mega_domain::{ApiToken, Principal, User, UserId};

/// How long a cached identity is trusted without asking the database.
pub const IDENTITY_TTL: Duration = Duration::from_secs(5);

/// Most entries kept; beyond it the cache starts afresh (a simple bound against unbounded
/// growth from many distinct tokens).
const MAX_ENTRIES: usize = 10_000;

#[derive(Clone, Debug)]
struct Entry<T> {
    value: T,
    epoch: u64,
    at: Instant,
}

impl<T: Clone> Entry<T> {
    fn fresh(&self, epoch: u64) -> Option<T> {
        (self.epoch == epoch && self.at.elapsed() < IDENTITY_TTL).then(|| self.value.clone())
    }
}

/// The cached identities of one server instance.
#[derive(Debug, Default)]
pub struct IdentityCache {
    users: Mutex<HashMap<UserId, Entry<(User, Principal)>>>,
    tokens: Mutex<HashMap<String, Entry<ApiToken>>>,
}

fn locked<K, V>(map: &Mutex<HashMap<K, V>>) -> std::sync::MutexGuard<'_, HashMap<K, V>> {
    // A panic while holding the lock leaves entries that are still valid.
    map.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn insert<K: std::hash::Hash + Eq, V>(map: &Mutex<HashMap<K, V>>, key: K, value: V) {
    let mut map = locked(map);
    if map.len() >= MAX_ENTRIES {
        map.clear();
    }
    map.insert(key, value);
}

impl IdentityCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The active user `id` and its principal, if cached and fresh at `epoch`.
    pub fn user(&self, id: UserId, epoch: u64) -> Option<(User, Principal)> {
        locked(&self.users).get(&id).and_then(|e| e.fresh(epoch))
    }

    /// Remembers an active user and its principal as read at `epoch`.
    pub fn remember_user(&self, user: User, principal: Principal, epoch: u64) {
        let entry = Entry {
            value: (user.clone(), principal),
            epoch,
            at: Instant::now(),
        };
        insert(&self.users, user.id, entry);
    }

    /// The token stored under `hash`, if cached and fresh at `epoch`.
    pub fn token(&self, hash: &str, epoch: u64) -> Option<ApiToken> {
        locked(&self.tokens).get(hash).and_then(|e| e.fresh(epoch))
    }

    /// Remembers a token read at `epoch`.
    pub fn remember_token(&self, hash: String, token: ApiToken, epoch: u64) {
        let entry = Entry {
            value: token,
            epoch,
            at: Instant::now(),
        };
        insert(&self.tokens, hash, entry);
    }
}
