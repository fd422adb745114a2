/work/wt-align/target-o3/release/deps/parallax-4290aa3680759823.d: src/lib.rs src/corpus.rs src/engine/mod.rs src/engine/align/mod.rs src/engine/align/diff.rs src/engine/align/group.rs src/engine/align/paraphrase.rs src/engine/align/speakers.rs src/engine/align/table.rs src/engine/align/words.rs src/engine/article.rs src/engine/attribution.rs src/engine/boilerplate.rs src/engine/framing/mod.rs src/engine/framing/body.rs src/engine/framing/claims.rs src/engine/framing/clauses.rs src/engine/framing/events.rs src/engine/framing/language.rs src/engine/framing/lede.rs src/engine/framing/markdown.rs src/engine/framing/naming/mod.rs src/engine/framing/naming/aliases.rs src/engine/framing/naming/coreference.rs src/engine/framing/naming/names.rs src/engine/framing/verbs.rs src/engine/framing/voices.rs src/engine/indirect.rs src/engine/input.rs src/engine/lexicon/mod.rs src/engine/lexicon/function_words.rs src/engine/lexicon/hedges.rs src/engine/lexicon/loaded.rs src/engine/lexicon/page.rs src/engine/lexicon/places.rs src/engine/lexicon/referents.rs src/engine/lexicon/verbs.rs src/engine/markdown.rs src/engine/normalize.rs src/engine/quotes.rs src/engine/report.rs src/engine/span.rs src/engine/text.rs src/engine/tokens.rs src/cli/mod.rs src/cli/bench.rs src/../examples/nato-dprk-2024/01_dailynoah-whatfinger.txt src/../examples/nato-dprk-2024/02_yonhap-reprint.txt src/../examples/nato-dprk-2024/03_kyiv-independent.txt

/work/wt-align/target-o3/release/deps/libparallax-4290aa3680759823.rlib: src/lib.rs src/corpus.rs src/engine/mod.rs src/engine/align/mod.rs src/engine/align/diff.rs src/engine/align/group.rs src/engine/align/paraphrase.rs src/engine/align/speakers.rs src/engine/align/table.rs src/engine/align/words.rs src/engine/article.rs src/engine/attribution.rs src/engine/boilerplate.rs src/engine/framing/mod.rs src/engine/framing/body.rs src/engine/framing/claims.rs src/engine/framing/clauses.rs src/engine/framing/events.rs src/engine/framing/language.rs src/engine/framing/lede.rs src/engine/framing/markdown.rs src/engine/framing/naming/mod.rs src/engine/framing/naming/aliases.rs src/engine/framing/naming/coreference.rs src/engine/framing/naming/names.rs src/engine/framing/verbs.rs src/engine/framing/voices.rs src/engine/indirect.rs src/engine/input.rs src/engine/lexicon/mod.rs src/engine/lexicon/function_words.rs src/engine/lexicon/hedges.rs src/engine/lexicon/loaded.rs src/engine/lexicon/page.rs src/engine/lexicon/places.rs src/engine/lexicon/referents.rs src/engine/lexicon/verbs.rs src/engine/markdown.rs src/engine/normalize.rs src/engine/quotes.rs src/engine/report.rs src/engine/span.rs src/engine/text.rs src/engine/tokens.rs src/cli/mod.rs src/cli/bench.rs src/../examples/nato-dprk-2024/01_dailynoah-whatfinger.txt src/../examples/nato-dprk-2024/02_yonhap-reprint.txt src/../examples/nato-dprk-2024/03_kyiv-independent.txt

/work/wt-align/target-o3/release/deps/libparallax-4290aa3680759823.rmeta: src/lib.rs src/corpus.rs src/engine/mod.rs src/engine/align/mod.rs src/engine/align/diff.rs src/engine/align/group.rs src/engine/align/paraphrase.rs src/engine/align/speakers.rs src/engine/align/table.rs src/engine/align/words.rs src/engine/article.rs src/engine/attribution.rs src/engine/boilerplate.rs src/engine/framing/mod.rs src/engine/framing/body.rs src/engine/framing/claims.rs src/engine/framing/clauses.rs src/engine/framing/events.rs src/engine/framing/language.rs src/engine/framing/lede.rs src/engine/framing/markdown.rs src/engine/framing/naming/mod.rs src/engine/framing/naming/aliases.rs src/engine/framing/naming/coreference.rs src/engine/framing/naming/names.rs src/engine/framing/verbs.rs src/engine/framing/voices.rs src/engine/indirect.rs src/engine/input.rs src/engine/lexicon/mod.rs src/engine/lexicon/function_words.rs src/engine/lexicon/hedges.rs src/engine/lexicon/loaded.rs src/engine/lexicon/page.rs src/engine/lexicon/places.rs src/engine/lexicon/referents.rs src/engine/lexicon/verbs.rs src/engine/markdown.rs src/engine/normalize.rs src/engine/quotes.rs src/engine/report.rs src/engine/span.rs src/engine/text.rs src/engine/tokens.rs src/cli/mod.rs src/cli/bench.rs src/../examples/nato-dprk-2024/01_dailynoah-whatfinger.txt src/../examples/nato-dprk-2024/02_yonhap-reprint.txt src/../examples/nato-dprk-2024/03_kyiv-independent.txt

src/lib.rs:
src/corpus.rs:
src/engine/mod.rs:
src/engine/align/mod.rs:
src/engine/align/diff.rs:
src/engine/align/group.rs:
src/engine/align/paraphrase.rs:
src/engine/align/speakers.rs:
src/engine/align/table.rs:
src/engine/align/words.rs:
src/engine/article.rs:
src/engine/attribution.rs:
src/engine/boilerplate.rs:
src/engine/framing/mod.rs:
src/engine/framing/body.rs:
src/engine/framing/claims.rs:
src/engine/framing/clauses.rs:
src/engine/framing/events.rs:
src/engine/framing/language.rs:
src/engine/framing/lede.rs:
src/engine/framing/markdown.rs:
src/engine/framing/naming/mod.rs:
src/engine/framing/naming/aliases.rs:
src/engine/framing/naming/coreference.rs:
src/engine/framing/naming/names.rs:
src/engine/framing/verbs.rs:
src/engine/framing/voices.rs:
src/engine/indirect.rs:
src/engine/input.rs:
src/engine/lexicon/mod.rs:
src/engine/lexicon/function_words.rs:
src/engine/lexicon/hedges.rs:
src/engine/lexicon/loaded.rs:
src/engine/lexicon/page.rs:
src/engine/lexicon/places.rs:
src/engine/lexicon/referents.rs:
src/engine/lexicon/verbs.rs:
src/engine/markdown.rs:
src/engine/normalize.rs:
src/engine/quotes.rs:
src/engine/report.rs:
src/engine/span.rs:
src/engine/text.rs:
src/engine/tokens.rs:
src/cli/mod.rs:
src/cli/bench.rs:
src/../examples/nato-dprk-2024/01_dailynoah-whatfinger.txt:
src/../examples/nato-dprk-2024/02_yonhap-reprint.txt:
src/../examples/nato-dprk-2024/03_kyiv-independent.txt:

# env-dep:CARGO_PKG_VERSION=0.1.0
