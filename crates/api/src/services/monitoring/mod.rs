//! Implementation monitoring: the coordinator schedules and minutes coordination calls; an
//! organisation reports progress on the steps of its IMPLEMENTING plan; reports are read by
//! whoever may read the plan. Each change is one transaction with one audit event and its
//! webhook events.

mod calls;
mod export;
mod reports;

pub use calls::*;
pub use export::*;
pub use reports::*;
