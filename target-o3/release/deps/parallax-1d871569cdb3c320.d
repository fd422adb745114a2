/work/wt-align/target-o3/release/deps/parallax-1d871569cdb3c320.d: src/main.rs

/work/wt-align/target-o3/release/deps/parallax-1d871569cdb3c320: src/main.rs

src/main.rs:
