//! Disjoint sets over the quotations being grouped: path halving, the smaller root kept,
//! and each set's members at its root (merged smaller into larger), so a group's members are
//! at hand without a pass over every quotation.

use std::collections::BTreeMap;

/// Disjoint sets over item indices, with the members of each set at its root.
pub struct UnionFind {
    parent: Vec<usize>,
    /// The members of each set, at its root (empty elsewhere).
    pub members: Vec<Vec<usize>>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
            members: (0..n).map(|i| vec![i]).collect(),
        }
    }

    pub fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// The root of `i`'s set, without shortening the path (for a caller holding `members`).
    pub fn root(&self, mut i: usize) -> usize {
        while self.parent[i] != i {
            i = self.parent[i];
        }
        i
    }

    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.parent[hi] = lo;
            let moved = std::mem::take(&mut self.members[hi]);
            if moved.len() > self.members[lo].len() {
                let kept = std::mem::replace(&mut self.members[lo], moved);
                self.members[lo].extend(kept);
            } else {
                self.members[lo].extend(moved);
            }
        }
    }

    pub fn groups(mut self) -> Vec<Vec<usize>> {
        let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.parent.len() {
            let r = self.find(i);
            by_root.entry(r).or_default().push(i);
        }
        by_root.into_values().collect()
    }
}
