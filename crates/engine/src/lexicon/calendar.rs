//! Days and months: words that are capitalised but name no one, and that open dates.
//!
//! Written for Parallax (general English). One list, read through views: [`CALENDAR`] is
//! every word, [`WEEKDAYS_AND_MONTHS`] the words written in full, [`MONTHS`] the months in
//! full and abbreviated, [`MONTH_ABBREVIATIONS`] the abbreviations alone. Lookup is by
//! lowercase form.

/// Days of the week, months in full, then month abbreviations ("Sept" as well as "Sep").
pub const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Days of the week in [`CALENDAR`].
const WEEKDAY_COUNT: usize = 7;
/// Days and months in [`CALENDAR`] written in full.
const FULL_WORD_COUNT: usize = WEEKDAY_COUNT + 12;

/// Days of the week and months, written in full ("Saturday", "May").
pub const WEEKDAYS_AND_MONTHS: &[&str] = CALENDAR.split_at(FULL_WORD_COUNT).0;

/// Months, in full and abbreviated ("July", "Jul").
pub const MONTHS: &[&str] = CALENDAR.split_at(WEEKDAY_COUNT).1;

/// Month abbreviations ("Jan", "Sept"; "May" is written in full).
pub const MONTH_ABBREVIATIONS: &[&str] = CALENDAR.split_at(FULL_WORD_COUNT).1;

/// Nouns for a stretch of time, the object of "spent a full minute repeating …": a
/// participle after one is the subject's doing, not the time's.
pub const DURATIONS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "time",
    "while",
    "moment",
    "moments",
    "morning",
    "afternoon",
    "evening",
    "night",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_cut_the_list_where_their_words_start_and_end() {
        assert_eq!(WEEKDAYS_AND_MONTHS.first(), Some(&"monday"));
        assert_eq!(WEEKDAYS_AND_MONTHS.last(), Some(&"december"));
        assert_eq!(MONTHS.first(), Some(&"january"));
        assert_eq!(MONTHS.len(), 24);
        assert_eq!(MONTH_ABBREVIATIONS.first(), Some(&"jan"));
        assert_eq!(MONTH_ABBREVIATIONS.len(), 12);
    }
}
