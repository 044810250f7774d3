//! Demo mode: imports the shipped dataset and creates the demo personas (DESIGN.md §5).

use mega_domain::{DisplayName, Email, GlobalRole};
use mega_persistence::{
    Database, PersistenceError,
    demo::{self, Dataset, ImportReport, MEGA_2018_YAML},
    organisations, users,
};

use crate::auth::password;
use crate::error::ApiError;

/// A demo login.
#[derive(Clone, Copy, Debug)]
pub struct Persona {
    /// Login address.
    pub email: &'static str,
    /// Name shown in the app.
    pub display_name: &'static str,
    /// Dataset key of the organisation.
    pub organisation: &'static str,
    /// Network-wide role.
    pub role: GlobalRole,
}

/// The demo personas: one login per organisation and role.
pub const PERSONAS: [Persona; 8] = [
    Persona {
        email: "coordinator@mpg.demo",
        display_name: "MPG Coordinator",
        organisation: "migration-policy-group",
        role: GlobalRole::Coordinator,
    },
    Persona {
        email: "munich@partners.demo",
        display_name: "Munich Partner",
        organisation: "city-of-munich",
        role: GlobalRole::Partner,
    },
    Persona {
        email: "formaper@partners.demo",
        display_name: "Formaper Partner",
        organisation: "formaper",
        role: GlobalRole::Partner,
    },
    Persona {
        email: "grdr@partners.demo",
        display_name: "GRDR Partner",
        organisation: "grdr",
        role: GlobalRole::Partner,
    },
    Persona {
        email: "adive@partners.demo",
        display_name: "Adive Partner",
        organisation: "adive",
        role: GlobalRole::Partner,
    },
    Persona {
        email: "uog@partners.demo",
        display_name: "UoG Partner",
        organisation: "uog",
        role: GlobalRole::Partner,
    },
    Persona {
        email: "garapen@partners.demo",
        display_name: "Garapen Partner",
        organisation: "garapen",
        role: GlobalRole::Partner,
    },
    Persona {
        email: "expert@experts.demo",
        display_name: "IHK Munich Expert",
        organisation: "ihk-munich",
        role: GlobalRole::Expert,
    },
];

/// What demo seeding did.
#[derive(Debug)]
pub struct SeedReport {
    /// The import's report; `None` when the dataset was already there.
    pub import: Option<ImportReport>,
    /// Personas created (the others already existed and got the new password).
    pub personas_created: usize,
}

/// Imports the dataset unless present, then makes every persona sign in with `password`.
pub async fn seed(db: &Database, demo_password: &str) -> Result<SeedReport, ApiError> {
    let import = if demo::is_imported(db.conn()).await? {
        None
    } else {
        let dataset = Dataset::parse(MEGA_2018_YAML)
            .map_err(|err| ApiError::Internal(format!("shipped dataset is invalid: {err}")))?;
        Some(demo::import(db.conn(), &dataset).await?)
    };
    // One hash for all personas: they share the password anyway, and hashing is the slow part
    // of starting a demo.
    let hash = password::hash(demo_password.to_owned()).await?;
    let mut personas_created = 0;
    for persona in PERSONAS {
        let email = Email::parse(persona.email)?;
        if users::set_password_hash(db.conn(), &email, &hash).await? {
            continue;
        }
        let organisation_id = organisations::id_by_slug(db.conn(), persona.organisation)
            .await?
            .ok_or_else(|| {
                PersistenceError::Corrupt(format!("no organisation {}", persona.organisation))
            })?;
        users::create(
            db.conn(),
            users::NewUser {
                email,
                display_name: DisplayName::parse(persona.display_name)?,
                organisation_id: Some(organisation_id),
                global_role: persona.role,
                password_hash: hash.clone(),
            },
        )
        .await?;
        personas_created += 1;
    }
    Ok(SeedReport {
        import,
        personas_created,
    })
}
