//! The bundled example: three real articles about one event, compiled into the app.

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
