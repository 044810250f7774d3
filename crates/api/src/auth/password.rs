//! Password hashing with argon2id at OWASP's parameters (m = 19456 KiB, t = 2, p = 1), run on
//! the blocking pool so a login never stalls the async runtime.

use std::sync::OnceLock;

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::SaltString,
};
use rand::RngCore;

use crate::error::ApiError;
use crate::services::ServiceError;

/// Hashing or verifying a password failed (a bad stored hash, a lost worker thread): always
/// an internal failure, never the caller's.
#[derive(Clone, Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct PasswordError(String);

impl PasswordError {
    fn of(err: impl std::fmt::Display) -> Self {
        Self(err.to_string())
    }
}

impl From<PasswordError> for ApiError {
    fn from(err: PasswordError) -> Self {
        Self::Internal(err.0)
    }
}

impl From<PasswordError> for ServiceError {
    fn from(err: PasswordError) -> Self {
        Self::Internal(err.0)
    }
}

fn argon2() -> Result<Argon2<'static>, PasswordError> {
    let params = Params::new(19_456, 2, 1, None).map_err(PasswordError::of)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_blocking(password: &str) -> Result<String, PasswordError> {
    let mut salt = [0_u8; 16];
    rand::thread_rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(PasswordError::of)?;
    Ok(argon2()?
        .hash_password(password.as_bytes(), &salt)
        .map_err(PasswordError::of)?
        .to_string())
}

fn verify_blocking(password: &str, hash: &str) -> Result<bool, PasswordError> {
    let parsed = PasswordHash::new(hash).map_err(PasswordError::of)?;
    Ok(argon2()?
        .verify_password(password.as_bytes(), &parsed)
        .is_ok())
}

/// How many password hashes may run at once: one per core. Each takes ~19 MiB and tens of
/// milliseconds, so a burst of logins queues here instead of exhausting memory and the
/// blocking pool.
fn hashing_capacity() -> usize {
    std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
}

fn hashing_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| tokio::sync::Semaphore::new(hashing_capacity()))
}

async fn slot(
    slots: &tokio::sync::Semaphore,
) -> Result<tokio::sync::SemaphorePermit<'_>, PasswordError> {
    slots.acquire().await.map_err(PasswordError::of)
}

/// Hashes a password into PHC format.
pub async fn hash(password: String) -> Result<String, PasswordError> {
    hash_in(hashing_slots(), password).await
}

async fn hash_in(
    slots: &tokio::sync::Semaphore,
    password: String,
) -> Result<String, PasswordError> {
    let _slot = slot(slots).await?;
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(PasswordError::of)?
}

/// Checks a password against a stored hash.
pub async fn verify(password: String, hash: String) -> Result<bool, PasswordError> {
    let _slot = slot(hashing_slots()).await?;
    tokio::task::spawn_blocking(move || verify_blocking(&password, &hash))
        .await
        .map_err(PasswordError::of)?
}

/// Spends the same work as a real verification, so an unknown e-mail address takes as long
/// as a wrong password.
pub async fn verify_dummy(password: String) -> Result<(), PasswordError> {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = match DUMMY.get() {
        Some(hash) => hash.clone(),
        None => {
            let hash = hash("dummy password for timing".to_owned()).await?;
            DUMMY.get_or_init(|| hash).clone()
        }
    };
    verify(password, dummy).await.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashing_waits_for_a_free_slot() {
        let slots = tokio::sync::Semaphore::new(1);
        let taken = slots.acquire().await.unwrap();
        let blocked = tokio::time::timeout(
            std::time::Duration::from_millis(300),
            hash_in(&slots, "busy".into()),
        )
        .await;
        assert!(
            blocked.is_err(),
            "a hash started although every slot was taken"
        );
        drop(taken);
        assert!(hash_in(&slots, "free".into()).await.is_ok());
        assert!(hashing_capacity() >= 1);
    }

    #[tokio::test]
    async fn hashes_verify_and_use_owasp_parameters() {
        let hash = hash("correct horse battery".into()).await.unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(
            verify("correct horse battery".into(), hash.clone())
                .await
                .unwrap()
        );
        assert!(!verify("wrong horse battery".into(), hash).await.unwrap());
    }
}
