//! Forms of a single word that the engine compares words by: its stem.
//!
//! One stemmer for the whole engine: the framing analysis stems every body word with it
//! ([`crate::framing::body::Token::stem`]), and the paraphrase search stems the comparison
//! keys of quotations and of the writer's own words ([`crate::align::paraphrase`]). The folds
//! that come before it differ by purpose and stay with their users:
//! [`crate::framing::body::lowercase_key`], [`crate::align::words::comparison_key`] and, for
//! whole texts with offsets, [`crate::normalize::fold`]. This module knows nothing about
//! articles.

/// A crude English stem: strips plural, past and gerund endings, a final `e` and a doubled
/// final consonant, and folds British `-is-` spellings to `-iz-`, so that "denounce",
/// "denounced" and "denounces" share `denounc`, and "fuelling" and "fueling" share `fuel`.
pub fn stem(word: &str) -> String {
    let mut w = word.to_string();
    stem_tail(&mut w, 0);
    w
}

/// Replaces `w[from..]` by its [`stem`].
pub(crate) fn stem_tail(w: &mut String, from: usize) {
    // Only plain ASCII words are stemmed: the rules are English, and byte-wise cuts stay on
    // character boundaries.
    let word = &w[from..];
    if word.len() <= 3 || !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        return;
    }
    let len = |w: &String| w.len() - from;
    let ends = |w: &String, suffix: &str| w[from..].ends_with(suffix);
    let mut stripped = false;
    let long_enough = |w: &String, suffix: &str| len(w) >= suffix.len() + 3;
    if ends(w, "ies") && long_enough(w, "ies") || ends(w, "ied") && long_enough(w, "ied") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if ends(w, "sses") {
        w.truncate(w.len() - 2);
    } else if ends(w, "ing") && long_enough(w, "ing") {
        w.truncate(w.len() - 3);
        stripped = true;
    } else if ends(w, "ed") && long_enough(w, "ed") {
        w.truncate(w.len() - 2);
        stripped = true;
    } else if ["ses", "xes", "zes", "ches", "shes"]
        .iter()
        .any(|s| ends(w, s))
        && long_enough(w, "es")
    {
        w.truncate(w.len() - 2);
    } else if ends(w, "s") && !ends(w, "ss") && !ends(w, "us") && !ends(w, "is") {
        w.truncate(w.len() - 1);
    }
    if len(w) > 3 && ends(w, "e") {
        w.truncate(w.len() - 1);
        stripped = true;
    }
    let bytes = &w.as_bytes()[from..];
    let n = bytes.len();
    if n > 3 && bytes[n - 1] == bytes[n - 2] && !b"aeiou".contains(&bytes[n - 1]) {
        w.truncate(w.len() - 1);
    }
    if stripped && (ends(w, "is") || ends(w, "ys")) && len(w) > 4 {
        w.truncate(w.len() - 1);
        w.push('z');
    }
    if ends(w, "isation") {
        w.truncate(w.len() - "isation".len());
        w.push_str("ization");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem() {
        for group in [
            &["denounce", "denounced", "denounces", "denouncing"][..],
            &["fueling", "fuelling", "fuel", "fuels"],
            &["criticising", "criticizing", "criticise", "criticize"],
            &["countries", "country"],
            &["shells", "shell"],
            &["stressed", "stress", "stresses"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            assert!(
                stems.iter().all(|s| *s == stems[0]),
                "{group:?} → {stems:?}"
            );
        }
        assert_ne!(stem("missile"), stem("mission"));
    }
}
