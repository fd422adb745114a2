/work/wt-align/target-o3/release/deps/is_terminal_polyfill-2059b59eef6ca97f.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/is_terminal_polyfill-1.70.2/src/lib.rs

/work/wt-align/target-o3/release/deps/libis_terminal_polyfill-2059b59eef6ca97f.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/is_terminal_polyfill-1.70.2/src/lib.rs

/work/wt-align/target-o3/release/deps/libis_terminal_polyfill-2059b59eef6ca97f.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/is_terminal_polyfill-1.70.2/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/is_terminal_polyfill-1.70.2/src/lib.rs:
