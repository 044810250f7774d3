//! The demo dataset: the MEGA network as transcribed from the Munich 2018 report, shipped
//! inside the binary so `mega serve --demo` needs no files.

mod action_plans;
mod dataset;
mod import;
mod library;
mod mutual_learning;

pub use action_plans::{ActionPlansDataset, IMPORTED_STAGE};
pub use dataset::{Dataset, MEGA_2018_YAML};
pub use import::{ImportReport, import, is_imported};
