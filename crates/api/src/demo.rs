//! Demo mode: imports the shipped dataset and creates the demo personas (DESIGN.md §5).

use mega_domain::{DisplayName, Email, GlobalRole};
use mega_persistence::{
    Database, PersistenceError, benchmarks,
    demo::{self, Dataset, ImportReport},
    organisations, thematic_areas, users, working_groups,
};

mod extras;
mod implementation;

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
        let dataset = Dataset::shipped()
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
    if import.is_some() {
        generate_extras(db).await?;
        implementation::generate(db.conn(), chrono::Utc::now().date_naive()).await?;
        extras::generate_webinars(db.conn()).await?;
        extras::map_area_cells(db.conn()).await?;
    }
    Ok(SeedReport {
        import,
        personas_created,
    })
}

/// Name of the benchmarking round generated for the demo.
pub const GENERATED_ROUND: &str = "2018 baseline (generated demo data, not from the report)";

/// Data the report does not print but the demo needs to show the product working, clearly
/// marked as generated: the expert's invitation, and a validated benchmark per partner whose
/// needs are the areas where the report makes it a learning member. Adive's benchmark also
/// marks "Outreach and empowerment" as a need, so that group has one missing mandatory member
/// for the coordinator to add. The report gives no levels: every cell carries a generated
/// level, and its text says so ([`extras::generated_scores`]).
async fn generate_extras(db: &Database) -> Result<(), ApiError> {
    let conn = db.conn();
    let not_found = |what: &str| ApiError::Internal(format!("demo data: no {what}"));
    let chambers = working_groups::id_by_slug(conn, "wg-proactive-role-of-chambers")
        .await?
        .ok_or_else(|| not_found("chambers working group"))?;
    let expert = users::credentials_by_email(conn, &Email::parse("expert@experts.demo")?)
        .await?
        .ok_or_else(|| not_found("expert persona"))?;
    working_groups::invite(conn, chambers, expert.user.id).await?;

    let held_on = chrono::NaiveDate::from_ymd_opt(2018, 9, 1).ok_or_else(|| not_found("date"))?;
    let round = benchmarks::create_round(conn, GENERATED_ROUND, held_on).await?;
    let coordinator = users::credentials_by_email(conn, &Email::parse("coordinator@mpg.demo")?)
        .await?
        .ok_or_else(|| not_found("coordinator persona"))?;
    let outreach = thematic_areas::id_by_slug(conn, "outreach-and-empowerment")
        .await?
        .ok_or_else(|| not_found("outreach area"))?;
    for slug in [
        "city-of-munich",
        "formaper",
        "garapen",
        "adive",
        "grdr",
        "uog",
    ] {
        let organisation = organisations::id_by_slug(conn, slug)
            .await?
            .ok_or_else(|| not_found(slug))?;
        let memberships =
            working_groups::memberships_of_organisations(conn, &[organisation]).await?;
        let learning: Vec<_> = memberships
            .iter()
            .filter(|m| m.is_learning())
            .map(|m| m.working_group_id)
            .collect();
        let mut needs: Vec<_> = working_groups::find_by_ids(conn, &learning)
            .await?
            .into_iter()
            .map(|group| group.thematic_area_id)
            .collect();
        if slug == "adive" {
            needs.push(outreach);
        }
        let leads = memberships.iter().any(|m| !m.is_learning());
        let scores = extras::generated_scores(slug, leads)?;
        let benchmark = benchmarks::create(conn, organisation, round.id).await?;
        let benchmark =
            benchmarks::replace_content(conn, benchmark.id, benchmark.version, &scores, &needs)
                .await?;
        benchmarks::validate(conn, benchmark.id, benchmark.version, coordinator.user.id).await?;
    }
    Ok(())
}
