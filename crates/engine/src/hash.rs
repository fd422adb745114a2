//! A fast, deterministic hasher for the engine's internal maps (interners, inverted indexes).
//!
//! The standard library's SipHash resists hash flooding, which a pure, client-side analysis of
//! the user's own text does not need, and costs several times more per short key. This is the
//! multiply-rotate hash used by rustc ("FxHash"). Iteration order of these maps is arbitrary
//! (as with any `HashMap`), so no output may depend on it: callers sort or use ordered maps
//! for anything that reaches the report.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// An empty [`FastMap`].
pub fn map<K, V>() -> FastMap<K, V> {
    FastMap::default()
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Word-at-a-time multiply-rotate hashing.
#[derive(Clone, Copy, Debug, Default)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_equal_and_maps_work() {
        let mut m: FastMap<&str, usize> = map();
        for (i, w) in ["korea", "nato", "korea", "summit", ""].iter().enumerate() {
            m.entry(w).or_insert(i);
        }
        assert_eq!(m.len(), 4);
        assert_eq!(m["korea"], 0);
        assert_eq!(m[""], 4);
        let mut a = FxHasher::default();
        let mut b = FxHasher::default();
        a.write(b"a longer key of several words");
        b.write(b"a longer key of several words");
        assert_eq!(a.finish(), b.finish());
        let mut c = FxHasher::default();
        c.write(b"a longer key of several wordz");
        assert_ne!(a.finish(), c.finish());
    }
}
