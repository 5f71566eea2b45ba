//! The finder: a facility's needs in, a ranked list out, each result explained. Hard
//! requirements (exams, hours, urgency) exclude on a stated mismatch and ask for confirmation
//! when the data is silent; preferences (priorities, region, volume, facility type) add points.
//! Unknown never counts as a match. The scoring is deterministic and documented in docs/finder-and-clock.md.

pub mod points;
pub mod profile;
pub mod record;
pub mod rules;
pub mod score;

pub use profile::{Facility, HoursNeed, Profile, Volume};
pub use record::Records;
pub use score::{assess, explain, Assessment, Reason, Status, Topic, Verdict};
