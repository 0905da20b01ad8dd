//! Earlier versions of the workspace, kept beside autosave so that a mistaken
//! import, a removed article or a key replaced by the gold layer can be undone
//! after a reload too: which saves to keep as versions, and which to let go.
//!
//! The rule: one version an hour over the last day, one a day over the last week,
//! never more than [`BUDGET`] bytes in all, pieces that versions share counted once
//! (the oldest go first, the newest always stays). Times are milliseconds since
//! 1970, as the page reads its clock.

use crate::model::app::autosave::piece_size;
use serde::{Deserialize, Serialize};

const HOUR: f64 = 3_600_000.0;
const DAY: f64 = 24.0 * HOUR;
/// The most the kept versions take, in bytes.
pub const BUDGET: usize = 50 * 1024 * 1024;

/// A kept version, as the list of versions describes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// When it was saved, in milliseconds since 1970.
    pub at: f64,
    pub bytes: usize,
    pub articles: usize,
    pub annotations: usize,
    /// A save that could not be read at start, set aside rather than overwritten.
    #[serde(default)]
    pub unreadable: bool,
    /// The keys of the stored pieces its file is made of (see
    /// [`piece_key`](crate::model::app::autosave::piece_key)), which stay stored
    /// while it is kept; none for a version stored whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pieces: Vec<String>,
}

/// The slot a version is in: the hour over the last day, the day before that,
/// and None past a week (or in the future: a clock set wrong keeps nothing).
fn slot(at: f64, now: f64) -> Option<(u8, i64)> {
    let age = now - at;
    if !(0.0..7.0 * DAY).contains(&age) {
        return None;
    }
    Some(if age < DAY { (0, (at / HOUR).floor() as i64) } else { (1, (at / DAY).floor() as i64) })
}

/// Whether a save made `now` should be kept as a version beside `kept`: when no
/// version is in its hour yet.
pub fn keep_new(kept: &[Version], now: f64) -> bool {
    let this = slot(now, now);
    !kept.iter().any(|v| !v.unreadable && slot(v.at, now) == this)
}

/// The versions of `kept` to let go at `now`: all but the newest in each slot,
/// those past a week, and then the oldest while they take more than [`BUDGET`].
/// A save set aside as unreadable is kept until the budget needs its room.
pub fn let_go(kept: &[Version], now: f64) -> Vec<f64> {
    let mut newest_first: Vec<&Version> = kept.iter().collect();
    newest_first.sort_by(|a, b| b.at.total_cmp(&a.at));
    let mut seen = Vec::new();
    let mut staying = Vec::new();
    let mut going = Vec::new();
    for version in newest_first {
        let stays = version.unreadable
            || slot(version.at, now).is_some_and(|s| {
                let first = !seen.contains(&s);
                seen.push(s);
                first
            });
        if stays {
            staying.push(version);
        } else {
            going.push(version.at);
        }
    }
    while stored_bytes(&staying) > BUDGET && staying.len() > 1 {
        going.push(staying.pop().expect("more than one stays").at);
    }
    going
}

/// What `versions` take in storage together: a version stored whole, its size;
/// one stored in pieces, the pieces no other of them holds too (versions share
/// most of theirs, the articles above all).
fn stored_bytes(versions: &[&Version]) -> usize {
    let mut pieces = std::collections::HashSet::new();
    let mut total = 0;
    for version in versions {
        match version.pieces.is_empty() {
            true => total += version.bytes,
            false => {
                total += version
                    .pieces
                    .iter()
                    .filter(|p| pieces.insert(*p))
                    .filter_map(|p| piece_size(p))
                    .sum::<usize>()
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(at: f64, bytes: usize) -> Version {
        Version { at, bytes, articles: 1, annotations: 1, unreadable: false, pieces: Vec::new() }
    }

    #[test]
    fn one_version_an_hour_over_a_day_and_one_a_day_over_a_week() {
        let now = 100.0 * DAY;
        assert!(keep_new(&[], now));
        let kept = vec![version(now - 10.0 * 60_000.0, 10)];
        // Ten minutes ago is this hour, unless the hour turned since.
        assert_eq!(keep_new(&kept, now), (now / HOUR).floor() != ((now - 600_000.0) / HOUR).floor());
        let kept: Vec<Version> = [
            now - 0.5 * HOUR,
            now - 0.6 * HOUR, // the same hour as the one above: goes
            now - 5.0 * HOUR,
            now - 2.0 * DAY,
            now - 2.1 * DAY, // the same day: goes
            now - 8.0 * DAY, // past a week: goes
        ]
        .iter()
        .map(|at| version(*at, 10))
        .collect();
        let mut going = let_go(&kept, now);
        going.sort_by(f64::total_cmp);
        let same_hour = ((now - 0.5 * HOUR) / HOUR).floor() == ((now - 0.6 * HOUR) / HOUR).floor();
        let same_day = ((now - 2.0 * DAY) / DAY).floor() == ((now - 2.1 * DAY) / DAY).floor();
        let mut expected = vec![now - 8.0 * DAY];
        if same_day {
            expected.push(now - 2.1 * DAY);
        }
        if same_hour {
            expected.push(now - 0.6 * HOUR);
        }
        expected.sort_by(f64::total_cmp);
        assert_eq!(going, expected);
    }

    #[test]
    fn the_oldest_go_when_the_versions_take_more_than_the_budget() {
        let now = 10.0 * DAY;
        let kept = vec![
            version(now - 1.0 * HOUR, BUDGET / 2),
            version(now - 2.0 * HOUR, BUDGET / 2),
            version(now - 3.0 * HOUR, 10),
        ];
        assert_eq!(let_go(&kept, now), vec![now - 3.0 * HOUR]);
        // The newest stays, whatever its size.
        let huge = vec![version(now - HOUR, BUDGET * 3)];
        assert!(let_go(&huge, now).is_empty());
        // Versions in pieces count what they share once: ten versions of a large
        // article, each changing a small piece of it, all stay.
        let article = format!("current piece {}-00", BUDGET / 2);
        let shared: Vec<Version> = (1..=10)
            .map(|n| Version {
                pieces: vec![article.clone(), format!("current piece 1000-{n:02}")],
                ..version(now - n as f64 * HOUR, BUDGET / 2 + 1000)
            })
            .collect();
        assert!(let_go(&shared, now).is_empty());
        let larger: Vec<Version> = shared
            .iter()
            .map(|v| Version {
                pieces: vec![article.clone(), v.pieces[1].replace("1000-", &format!("{}-", BUDGET / 8))],
                ..v.clone()
            })
            .collect();
        // The article and four pieces of an eighth of the budget each fill it.
        assert_eq!(let_go(&larger, now).len(), 10 - 4);
        // A save set aside as unreadable is not let go for being old.
        let aside = Version { unreadable: true, ..version(now - 30.0 * DAY, 10) };
        assert!(let_go(&[aside], now).is_empty());
    }
}
