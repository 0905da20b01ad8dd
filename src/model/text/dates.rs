//! Times as people read them. Files keep ISO 8601 in UTC (`2026-12-03T06:06:36.917Z`,
//! as browsers write it); the page and printed feedback say "3 Dec 2026, 08:06", in
//! the reader's own time zone, which the page gives as minutes ahead of UTC.

/// A time as a reader's calendar and clock show it.
pub struct Local {
    pub year: i64,
    /// 1 to 12.
    pub month: usize,
    pub day: i64,
    /// "08:06".
    pub time: String,
}

/// `iso` in a time zone `offset` minutes ahead of UTC, if it is ISO 8601 in UTC.
pub fn local(iso: &str, offset: i32) -> Option<Local> {
    let local = minutes_since_epoch(iso)? + i64::from(offset);
    let (days, minute) = (local.div_euclid(1440), local.rem_euclid(1440));
    let (year, month, day) = civil(days);
    Some(Local { year, month: month as usize, day, time: format!("{:02}:{:02}", minute / 60, minute % 60) })
}

/// Minutes since 1970-01-01T00:00Z of "YYYY-MM-DDTHH:MM[:SS[.fff]]Z".
fn minutes_since_epoch(iso: &str) -> Option<i64> {
    let iso = iso.trim();
    let (date, time) = iso.strip_suffix('Z')?.split_once('T')?;
    let mut date = date.split('-').map(|part| part.parse::<i64>().ok());
    let (year, month, day) = (date.next()??, date.next()??, date.next()??);
    let mut time = time.split(':');
    let (hour, minute): (i64, i64) = (time.next()?.parse().ok()?, time.next()?.parse().ok()?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    Some(days_from_civil(year, month, day) * 1440 + hour * 60 + minute)
}

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar (Howard
/// Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a day since 1970-01-01, as (year, month, day).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use crate::model::i18n::{Language, Messages};

    /// As the English page says it.
    fn readable(iso: &str, offset: i32) -> String {
        Messages::new(Language::En).date(iso, offset)
    }

    #[test]
    fn times_read_as_people_write_them_in_their_own_zone() {
        assert_eq!(readable("2026-12-03T06:06:36.917Z", 0), "3 Dec 2026, 06:06");
        // Beirut in winter, two hours ahead: the same instant.
        assert_eq!(readable("2026-12-03T06:06:36.917Z", 120), "3 Dec 2026, 08:06");
        // Across midnight, a month and a leap day.
        assert_eq!(readable("2028-03-01T00:30:00Z", -60), "29 Feb 2028, 23:30");
        assert_eq!(readable("2025-12-31T23:59:59Z", 60), "1 Jan 2026, 00:59");
        // Whatever is not an ISO time in UTC stays as it was.
        assert_eq!(readable("yesterday", 0), "yesterday");
        assert_eq!(readable("", 0), "");
        assert_eq!(readable("9999-12-31T23:59:00Z", 0), "31 Dec 9999, 23:59");
    }
}
