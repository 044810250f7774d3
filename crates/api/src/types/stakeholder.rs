//! GraphQL `StepStakeholder`: who takes part in a step, an organisation or words.

use std::collections::HashMap;

use async_graphql::{Context, Object};
use mega_domain::action_plan::{Stakeholder, stakeholder_organisations};
use mega_domain::{Organisation, OrganisationId};

use super::OrganisationObject;
use crate::error::ApiResult;
use crate::loaders::{OrganisationLoader, load_many};

/// A stakeholder of a step: one of the network's organisations, or a party named in words.
pub struct StepStakeholderObject {
    name: String,
    organisation: Option<Organisation>,
}

impl StepStakeholderObject {
    /// Its name, for the list of names.
    pub fn into_name(self) -> String {
        self.name
    }
}

/// A stakeholder of a step: one of the network's organisations, or a party named in words.
#[Object(name = "StepStakeholder")]
impl StepStakeholderObject {
    /// How it is named: the printed or typed wording, else the organisation's current name.
    async fn name(&self) -> &str {
        &self.name
    }

    /// The organisation, when the stakeholder is one of the network's.
    async fn organisation(&self) -> Option<OrganisationObject> {
        self.organisation.clone().map(OrganisationObject)
    }
}

/// The stakeholders of a step with their organisations, loaded in one batch across steps.
pub async fn stakeholders_of(
    ctx: &Context<'_>,
    stakeholders: &[Stakeholder],
) -> ApiResult<Vec<StepStakeholderObject>> {
    let ids = stakeholder_organisations(stakeholders);
    let organisations: HashMap<OrganisationId, Organisation> = if ids.is_empty() {
        HashMap::new()
    } else {
        load_many::<OrganisationLoader, _>(ctx, &ids)
            .await?
            .into_iter()
            .map(|organisation| (organisation.id, organisation))
            .collect()
    };
    let names: HashMap<OrganisationId, String> = organisations
        .values()
        .map(|organisation| (organisation.id, organisation.name.clone()))
        .collect();
    Ok(stakeholders
        .iter()
        .map(|stakeholder| StepStakeholderObject {
            name: stakeholder.name(&names).to_owned(),
            organisation: stakeholder
                .organisation()
                .and_then(|id| organisations.get(&id).cloned()),
        })
        .collect())
}
