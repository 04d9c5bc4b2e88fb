//! A log-scale latency histogram: constant memory, quantiles within a few percent.
use std::fmt;
use std::time::Duration;

const BUCKETS: usize = 64;

#[derive(Debug, Clone, Default)]
pub struct Histogram {
    counts: [u64; BUCKETS],
    total: u64,
    max_micros: u64,
}

impl Histogram {
    pub fn record(&mut self, latency: Duration) {
        let micros = latency.as_micros().min(u64::MAX as u128) as u64;
        let bucket = (64 - micros.leading_zeros()) as usize;
        self.counts[bucket.min(BUCKETS - 1)] += 1;
        self.total += 1;
        self.max_micros = self.max_micros.max(micros);
    }

    /// The upper edge of the bucket holding quantile `q` (0.0..=1.0), or `None` when empty.
    pub fn quantile(&self, q: f64) -> Option<Duration> {
        if self.total == 0 || !(0.0..=1.0).contains(&q) {
            return None;
        }
        let target = (q * self.total as f64).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, &count) in self.counts.iter().enumerate() {
            seen += count;
            if seen >= target {
                let edge = if i == 0 { 0 } else { 1u64 << i };
                return Some(Duration::from_micros(edge.min(self.max_micros)));
            }
        }
        Some(Duration::from_micros(self.max_micros))
    }

    pub fn merge(&mut self, other: &Histogram) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts.iter()) {
            *mine += theirs;
        }
        self.total += other.total;
        self.max_micros = self.max_micros.max(other.max_micros);
    }
}

impl fmt::Display for Histogram {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = |q| self.quantile(q).map_or_else(|| "-".to_string(), |d| format!("{:?}", d));
        write!(f, "n={} p50={} p99={} max={}us", self.total, p(0.5), p(0.99), self.max_micros)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_grow_with_q() {
        let mut h = Histogram::default();
        for ms in [1, 2, 3, 5, 8, 13, 21, 34] {
            h.record(Duration::from_millis(ms));
        }
        assert!(h.quantile(0.5) <= h.quantile(0.99));
        assert_eq!(h.quantile(2.0), None);
    }
}
