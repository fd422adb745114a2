//! Passages by content word, for the fragments of [`super::group`] to find the passages they
//! could sit in, with the bound of [`super::neighbours`] on long lists.

use super::item::Item;
use super::neighbours;
use super::words::Word;
use crate::hash::{self, FastMap};

/// Passages by content word, each list in neighbourhood order ([`neighbours`]), to find the
/// passages a fragment could sit in.
pub struct WordIndex<'a> {
    lists: FastMap<&'a str, Vec<(neighbours::Key, &'a str, usize)>>,
}

impl<'a> WordIndex<'a> {
    pub fn new(items: &'a [Item], passages: &[usize]) -> Self {
        let mut lists: FastMap<&str, Vec<(neighbours::Key, &str, usize)>> = hash::map();
        for &p in passages {
            for w in items[p].words.iter().filter(|w| w.content) {
                let list = lists.entry(w.key.as_str()).or_default();
                if list.last().map(|e| e.2) != Some(p) {
                    list.push((Default::default(), items[p].sort_key, p));
                }
            }
        }
        let mut index = WordIndex { lists };
        // Keys only matter in lists too long to walk whole.
        let keys: FastMap<usize, neighbours::Key> = index
            .lists
            .values()
            .filter(|l| l.len() > neighbours::WALKED_WHOLE)
            .flatten()
            .map(|e| (e.2, index.key(items[e.2].words)))
            .collect();
        for list in index.lists.values_mut() {
            if list.len() > neighbours::WALKED_WHOLE {
                for e in list.iter_mut() {
                    e.0 = keys[&e.2];
                }
                list.sort_unstable();
            }
        }
        index
    }

    /// The neighbourhood key of a word list: its rarest content words among the passages.
    fn key(&self, words: &[Word]) -> neighbours::Key {
        neighbours::key_of(words.iter().filter(|w| w.content).filter_map(|w| {
            let df = self.lists.get(w.key.as_str())?.len() as u32;
            Some((df, neighbours::word_hash(&w.key)))
        }))
    }

    /// The passages fragment `words` meets: every passage of each short list of its content
    /// words, and the nearest [`neighbours::NEIGHBOURS`] of the shortest long one (a passage
    /// that holds the whole fragment holds its rarest word); sorted, once each.
    pub fn candidates(&self, words: &[Word]) -> Vec<usize> {
        let mut out = Vec::new();
        let mut rarest_long: Option<&Vec<_>> = None;
        for w in words.iter().filter(|w| w.content) {
            let Some(list) = self.lists.get(w.key.as_str()) else {
                continue;
            };
            if list.len() <= neighbours::WALKED_WHOLE {
                out.extend(list.iter().map(|e| e.2));
            } else if rarest_long.is_none_or(|r| list.len() < r.len()) {
                rarest_long = Some(list);
            }
        }
        if let Some(list) = rarest_long {
            let key = self.key(words);
            let at = list.partition_point(|e| e.0 < key);
            out.extend(list[neighbours::window(list.len(), at)].iter().map(|e| e.2));
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}
