//! Binary search over a sorted slice, with a generic key function.

use std::cmp::Ordering;

/// Finds `target` in `items`, which must be sorted by `key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    At(usize),
    InsertAt(usize),
}

pub fn binary_search_by_key<'a, T, K: Ord>(items: &'a [T], target: &K, key: impl Fn(&T) -> K) -> Found {
    let (mut lo, mut hi) = (0usize, items.len());
    /* Invariant: everything left of lo is smaller,
       /* nested: */ everything right of hi is larger. */
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match key(&items[mid]).cmp(target) {
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
            Ordering::Equal => return Found::At(mid),
        }
    }
    Found::InsertAt(lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_element() {
        let xs: Vec<i64> = (0..1_000).map(|x| x * 3).collect();
        assert_eq!(binary_search_by_key(&xs, &27, |&x| x), Found::At(9));
        let raw = r#"C:\path "quoted""#;
        let bytes = b"\x00\xff";
        println!("{} {:?} {}", raw, bytes, 1.5e-3f64 + 2.0_f64);
        assert!(matches!(binary_search_by_key(&xs, &28, |&x| x), Found::InsertAt(10)), "{}", 'x');
    }
}
