//! HTML character references: named ones common in news pages, decimal and hexadecimal, with
//! HTML's reading of Windows-1252 code points.
//!
//! This file decodes references in text it is given; it does not tokenize HTML (`html`).

/// Decodes character references: named ones common in news pages, decimal and hexadecimal.
/// Anything unrecognised is kept as written.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match entity(after) {
            Some((c, len)) => {
                out.push(c);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference (text after `&`) stands for and how many bytes it used,
/// including a closing `;`.
fn entity(after: &str) -> Option<(char, usize)> {
    let end = after
        .char_indices()
        .take(33)
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '#'))
        .map_or(after.len().min(33), |(i, _)| i);
    let body = &after[..end];
    let semicolon = after[end..].starts_with(';');
    let used = end + usize::from(semicolon);
    if let Some(num) = body.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return Some((numeric_char(value), used));
    }
    if !semicolon && !matches!(body, "amp" | "lt" | "gt" | "quot" | "nbsp") {
        return None;
    }
    named_entity(body).map(|c| (c, used))
}

/// A numeric reference as HTML reads it: Windows-1252 in 0x80–0x9F, U+FFFD when invalid.
fn numeric_char(value: u32) -> char {
    const CP1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match value {
        0 => char::REPLACEMENT_CHARACTER,
        0x80..=0x9F => CP1252[(value - 0x80) as usize],
        _ => char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

fn named_entity(name: &str) -> Option<char> {
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", '\u{a0}'),
        ("ndash", '–'),
        ("mdash", '—'),
        ("hellip", '…'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("sbquo", '‚'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("bdquo", '„'),
        ("laquo", '«'),
        ("raquo", '»'),
        ("lsaquo", '‹'),
        ("rsaquo", '›'),
        ("prime", '′'),
        ("Prime", '″'),
        ("bull", '•'),
        ("middot", '·'),
        ("copy", '©'),
        ("reg", '®'),
        ("trade", '™'),
        ("deg", '°'),
        ("euro", '€'),
        ("pound", '£'),
        ("yen", '¥'),
        ("cent", '¢'),
        ("sect", '§'),
        ("para", '¶'),
        ("times", '×'),
        ("divide", '÷'),
        ("plusmn", '±'),
        ("frac12", '½'),
        ("frac14", '¼'),
        ("frac34", '¾'),
        ("shy", '\u{ad}'),
        ("zwj", '\u{200d}'),
        ("zwnj", '\u{200c}'),
        ("thinsp", '\u{2009}'),
        ("ensp", '\u{2002}'),
        ("emsp", '\u{2003}'),
        ("iexcl", '¡'),
        ("iquest", '¿'),
        ("agrave", 'à'),
        ("aacute", 'á'),
        ("acirc", 'â'),
        ("atilde", 'ã'),
        ("auml", 'ä'),
        ("aring", 'å'),
        ("aelig", 'æ'),
        ("ccedil", 'ç'),
        ("egrave", 'è'),
        ("eacute", 'é'),
        ("ecirc", 'ê'),
        ("euml", 'ë'),
        ("igrave", 'ì'),
        ("iacute", 'í'),
        ("icirc", 'î'),
        ("iuml", 'ï'),
        ("ntilde", 'ñ'),
        ("ograve", 'ò'),
        ("oacute", 'ó'),
        ("ocirc", 'ô'),
        ("otilde", 'õ'),
        ("ouml", 'ö'),
        ("oslash", 'ø'),
        ("ugrave", 'ù'),
        ("uacute", 'ú'),
        ("ucirc", 'û'),
        ("uuml", 'ü'),
        ("yacute", 'ý'),
        ("yuml", 'ÿ'),
        ("szlig", 'ß'),
        ("Agrave", 'À'),
        ("Aacute", 'Á'),
        ("Acirc", 'Â'),
        ("Auml", 'Ä'),
        ("Aring", 'Å'),
        ("Ccedil", 'Ç'),
        ("Egrave", 'È'),
        ("Eacute", 'É'),
        ("Iacute", 'Í'),
        ("Ntilde", 'Ñ'),
        ("Oacute", 'Ó'),
        ("Ouml", 'Ö'),
        ("Oslash", 'Ø'),
        ("Uacute", 'Ú'),
        ("Uuml", 'Ü'),
    ];
    NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}
