//! Signed one-click unsubscribe links (RFC 8058): the token names a user and what to turn
//! off, signed with a key derived from the server secret, so following it needs no session
//! and cannot be forged or pointed at someone else.

use hmac::{Hmac, Mac};
use mega_domain::UserId;
use mega_domain::mail::DigestPeriod;
use mega_domain::notification::NotificationKind;
use sha2::Sha256;

use crate::services::mail_preferences::UnsubscribeScope;

type HmacSha256 = Hmac<Sha256>;

/// Longest token accepted; anything longer is refused before any work.
const MAX_TOKEN: usize = 200;

/// The key unsubscribe tokens are signed with.
#[derive(Clone)]
pub struct UnsubscribeKey(Vec<u8>);

impl std::fmt::Debug for UnsubscribeKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UnsubscribeKey(..)")
    }
}

impl UnsubscribeKey {
    /// Derives the key from the server secret (a separate key: a token is never a JWT key).
    pub fn derive(server_secret: &[u8]) -> Self {
        let mut mac = mac(server_secret);
        mac.update(b"mega-hub mail unsubscribe v1");
        Self(mac.finalize().into_bytes().to_vec())
    }

    /// The token for turning off `scope` for `user`.
    pub fn sign(&self, user: UserId, scope: UnsubscribeScope) -> String {
        let payload = payload(user, scope);
        let mut mac = mac(&self.0);
        mac.update(payload.as_bytes());
        format!("{payload}.{}", hex::encode(mac.finalize().into_bytes()))
    }

    /// Who and what a token names, if it is well formed and signed with this key.
    pub fn verify(&self, token: &str) -> Option<(UserId, UnsubscribeScope)> {
        if token.len() > MAX_TOKEN {
            return None;
        }
        let (payload, signature) = token.rsplit_once('.')?;
        let signature = hex::decode(signature).ok()?;
        let mut mac = mac(&self.0);
        mac.update(payload.as_bytes());
        mac.verify_slice(&signature).ok()?;
        let (user, scope) = payload.split_once('.')?;
        let user = UserId(user.strip_prefix('u')?.parse().ok()?);
        let scope = if let Some(kind) = scope.strip_prefix("k-") {
            UnsubscribeScope::Kind(NotificationKind::from_code(kind)?)
        } else {
            UnsubscribeScope::Digest(DigestPeriod::from_code(scope.strip_prefix("d-")?)?)
        };
        Some((user, scope))
    }
}

fn mac(key: &[u8]) -> HmacSha256 {
    // HMAC takes keys of any length.
    match HmacSha256::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC accepts every key length"),
    }
}

fn payload(user: UserId, scope: UnsubscribeScope) -> String {
    match scope {
        UnsubscribeScope::Kind(kind) => format!("u{}.k-{}", user.0, kind.code()),
        UnsubscribeScope::Digest(period) => format!("u{}.d-{}", user.0, period.code()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_refuse_tampering() {
        let key = UnsubscribeKey::derive(b"a server secret of enough length!!");
        let kind = UnsubscribeScope::Kind(NotificationKind::FeedbackOnMine);
        let token = key.sign(UserId(7), kind);
        assert_eq!(key.verify(&token), Some((UserId(7), kind)));
        let digest = UnsubscribeScope::Digest(DigestPeriod::Daily);
        assert_eq!(
            key.verify(&key.sign(UserId(8), digest)),
            Some((UserId(8), digest))
        );

        // Another user's id with this signature, another key, garbage: all refused.
        assert_eq!(key.verify(&token.replacen("u7", "u8", 1)), None);
        let other = UnsubscribeKey::derive(b"another server secret, also long!!");
        assert_eq!(other.verify(&token), None);
        for bad in [
            "",
            ".",
            "u7.k-FEEDBACK_ON_MINE",
            "u7.k-NOPE.00",
            &"a".repeat(500),
        ] {
            assert_eq!(key.verify(bad), None, "{bad}");
        }
    }
}
