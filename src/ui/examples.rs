//! The bundled sets, compiled into the app: the example (three real articles about one event)
//! and the classroom starter (three short articles about a fictional event, written for
//! Parallax, see `examples/starter-bus-fares/README.md`).

use super::state::SavedArticle;
use parallax_engine::input::name_from_file;

const FILES: [(&str, &str); 3] = [
    (
        "01_dailynoah-whatfinger.txt",
        include_str!("../../examples/nato-dprk-2024/01_dailynoah-whatfinger.txt"),
    ),
    (
        "02_yonhap-reprint.txt",
        include_str!("../../examples/nato-dprk-2024/02_yonhap-reprint.txt"),
    ),
    (
        "03_kyiv-independent.txt",
        include_str!("../../examples/nato-dprk-2024/03_kyiv-independent.txt"),
    ),
];

/// The example articles, named as a dropped file of the same name would be.
pub fn articles() -> Vec<SavedArticle> {
    FILES
        .iter()
        .map(|(file, text)| SavedArticle::new(name_from_file(file), *text))
        .collect()
}

const STARTER: [(&str, &str); 3] = [
    (
        "01_harbor-ledger.txt",
        include_str!("../../examples/starter-bus-fares/01_harbor-ledger.txt"),
    ),
    (
        "02_metro-daily-wire.txt",
        include_str!("../../examples/starter-bus-fares/02_metro-daily-wire.txt"),
    ),
    (
        "03_coastal-public-radio.txt",
        include_str!("../../examples/starter-bus-fares/03_coastal-public-radio.txt"),
    ),
];

/// The classroom starter's articles, named as dropped files of the same names would be.
pub fn starter() -> Vec<SavedArticle> {
    STARTER
        .iter()
        .map(|(file, text)| SavedArticle::new(name_from_file(file), *text))
        .collect()
}
