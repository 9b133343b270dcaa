//! Char sequences -> MinHash signatures over their shingles, and the LSH band keys of
//! a signature.
//!
//! One-permutation MinHash with optimal densification (Shrivastava, ICML 2017): each
//! shingle is hashed once and kept as the minimum of one of `bands × rows` bins; a bin
//! no shingle fell into borrows the value of a filled bin chosen by a hash of its own
//! index, so that two sets agree in a bin with probability their Jaccard similarity,
//! as with `bands × rows` independent hash functions, at the cost of one hash per
//! shingle instead of `bands × rows` (a sentence has fewer shingles than bins, so most
//! of the work would be the hash functions). Everything is seeded: the same input and
//! seed give the same keys on every machine and thread count.

/// Hashes char sequences into signatures and band keys.
#[derive(Debug, Clone)]
pub struct MinHasher {
    shingle: usize,
    bands: usize,
    rows: usize,
    seed: u64,
    /// per bin, the bins an empty one borrows from, in the order tried
    borrow: Vec<[u16; TRIES]>,
}

/// Filled bins an empty bin tries before the next filled one is taken.
const TRIES: usize = 8;

/// The finaliser of splitmix64: a bijection of u64 that mixes every bit into every other.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// FxHash's multiplier: a cheap rotate-xor-multiply step per word, mixed at the end.
const FX: u64 = 0x517c_c1b7_2722_0a95;

/// The value of a bin no shingle fell into (yet).
const EMPTY: u32 = u32::MAX;

/// `x` mapped onto `0..n` by its high bits (Lemire's multiply-shift, no division).
fn below(x: u64, n: usize) -> usize {
    (((x >> 32) * n as u64) >> 32) as usize
}

/// A seeded hash of some chars: the exact-text key of a passage.
pub fn hash_chars(chars: &[char], seed: u64) -> u64 {
    // two chars (21 bits each) at a time, FxHash's rotate-xor-multiply, mixed at the end
    let mut h = seed ^ 0x9e37_79b9_7f4a_7c15;
    for pair in chars.chunks(2) {
        let x = pair.iter().fold(0u64, |x, &c| (x << 21) | c as u64);
        h = (h.rotate_left(5) ^ x).wrapping_mul(FX);
    }
    mix(h ^ chars.len() as u64)
}

impl MinHasher {
    /// Signatures of `bands × rows` values over shingles of `shingle` chars.
    pub fn new(shingle: usize, bands: usize, rows: usize, seed: u64) -> MinHasher {
        let (bands, rows) = (bands.max(1), rows.max(1));
        let n = bands * rows;
        // the bins an empty bin borrows from depend only on its index and the seed,
        // drawn once here rather than for every empty bin of every sentence
        let borrow = (0..n)
            .map(|j| {
                std::array::from_fn(|attempt| {
                    below(mix(seed ^ ((j as u64) << 8) ^ attempt as u64 ^ 0x5851_f42d_4c95_7f2d), n) as u16
                })
            })
            .collect();
        MinHasher { shingle: shingle.max(1), bands, rows, seed, borrow }
    }

    pub fn bands(&self) -> usize {
        self.bands
    }

    /// The MinHash signature of the shingles of `chars`, into `sig` (cleared first);
    /// `false`, and no signature, when `chars` is shorter than a shingle.
    pub fn signature(&self, chars: &[char], sig: &mut Vec<u32>) -> bool {
        let n = self.bands * self.rows;
        sig.clear();
        if chars.len() < self.shingle {
            return false;
        }
        sig.resize(n, EMPTY);
        // a shingle of up to three chars (21 bits each) is packed into one word, rolled
        // along the text; longer ones are hashed char by char
        let packed = self.shingle <= 3;
        let mask = if self.shingle >= 3 { u64::MAX >> 1 } else { (1u64 << (21 * self.shingle)) - 1 };
        let mut x = 0u64;
        for (i, &c) in chars.iter().enumerate() {
            x = ((x << 21) | c as u64) & mask;
            if i + 1 < self.shingle {
                continue;
            }
            let h = if packed {
                mix(x ^ self.seed)
            } else {
                let w = &chars[i + 1 - self.shingle..=i];
                mix(w.iter().fold(self.seed, |h, &c| (h.rotate_left(5) ^ c as u64).wrapping_mul(FX)))
            };
            let bin = below(h, n);
            // (a shingle's value is never EMPTY: the bin stays told apart from an empty one)
            sig[bin] = sig[bin].min((h as u32).min(EMPTY - 1));
        }
        self.densify(sig);
        true
    }

    /// Fill each empty bin from a filled one, picked by a hash of the empty bin's index
    /// and the attempt: the same pick for every set with the same filled bins.
    fn densify(&self, sig: &mut [u32]) {
        let n = sig.len();
        // the bins a shingle fell into, before any is borrowed (at most 4,096 bins)
        let mut original = [0u64; 64];
        for (k, &v) in sig.iter().enumerate() {
            original[k / 64] |= ((v != EMPTY) as u64) << (k % 64);
        }
        let filled = |k: usize| original[k / 64] >> (k % 64) & 1 == 1;
        for j in (0..n).filter(|&j| !filled(j)) {
            let tried = self.borrow[j].iter().map(|&k| k as usize).find(|&k| filled(k));
            // (TRIES misses in a row leave a set with a few filled bins of many: the
            // next filled bin, as rotation densification does)
            if let Some(k) = tried.or_else(|| (1..n).map(|d| (j + d) % n).find(|&k| filled(k))) {
                sig[j] = sig[k];
            }
        }
    }

    /// The key of each band of `sig`, appended to `out`: a hash of the band's index and
    /// its values. Two signatures share a key only where a band agrees (or, once in 2³²,
    /// by chance: candidates are verified).
    pub fn band_keys(&self, sig: &[u32], out: &mut Vec<u32>) {
        for (b, band) in sig.chunks(self.rows).enumerate().take(self.bands) {
            let h = band
                .iter()
                .fold(self.seed ^ ((b as u64) << 40), |h, &v| (h.rotate_left(5) ^ v as u64).wrapping_mul(FX));
            out.push(mix(h) as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn sig(h: &MinHasher, s: &str) -> Vec<u32> {
        let mut v = Vec::new();
        assert!(h.signature(&chars(s), &mut v));
        v
    }

    fn agreement(a: &[u32], b: &[u32]) -> f64 {
        a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
    }

    #[test]
    fn the_same_text_has_the_same_signature_and_keys() {
        let h = MinHasher::new(3, 16, 3, 22);
        let a = sig(&h, "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念");
        assert_eq!(a, sig(&h, "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念"));
        assert_eq!(a.len(), 48);
        let (mut ka, mut kb) = (Vec::new(), Vec::new());
        h.band_keys(&a, &mut ka);
        h.band_keys(&a, &mut kb);
        assert_eq!((ka.len(), &ka), (16, &kb));
    }

    #[test]
    fn a_text_shorter_than_a_shingle_has_no_signature() {
        let h = MinHasher::new(3, 4, 2, 1);
        let mut v = vec![7];
        assert!(!h.signature(&chars("各位"), &mut v));
        assert!(v.is_empty());
    }

    #[test]
    fn unrelated_texts_agree_in_few_bins_and_near_copies_in_most() {
        let h = MinHasher::new(3, 32, 4, 22);
        let base = "全面推进乡村振兴，稳定粮食播种面积，加强高标准农田建设，提升农业综合生产能力和质量效益";
        let edited = "全面推进乡村振兴，稳定粮食播种面积，加强高标准农田建设，提升农业综合生产能力";
        let other = "深化国资国企改革，提高国企核心竞争力，坚持分类改革方向，处理好国企经济责任和社会责任关系";
        let near = agreement(&sig(&h, base), &sig(&h, edited));
        let far = agreement(&sig(&h, base), &sig(&h, other));
        // the shingle sets' Jaccard similarity is about 0.86 and 0
        assert!(near > 0.6, "{near}");
        assert!(far < 0.1, "{far}");
    }

    #[test]
    fn agreement_estimates_jaccard_similarity() {
        // two sets of 400 shingles sharing 200: Jaccard 1/3
        let h = MinHasher::new(1, 64, 4, 5);
        let a: Vec<char> = (0..400u32).filter_map(|i| char::from_u32(0x4e00 + i)).collect();
        let b: Vec<char> = (200..600u32).filter_map(|i| char::from_u32(0x4e00 + i)).collect();
        let (mut sa, mut sb) = (Vec::new(), Vec::new());
        h.signature(&a, &mut sa);
        h.signature(&b, &mut sb);
        let j = agreement(&sa, &sb);
        assert!((j - 1.0 / 3.0).abs() < 0.1, "{j}");
    }

    #[test]
    fn another_seed_gives_other_values() {
        let s = "推动经济实现质的有效提升和量的合理增长";
        assert_ne!(sig(&MinHasher::new(3, 8, 2, 1), s), sig(&MinHasher::new(3, 8, 2, 2), s));
        assert_ne!(hash_chars(&chars(s), 1), hash_chars(&chars(s), 2));
        assert_eq!(hash_chars(&chars(s), 1), hash_chars(&chars(s), 1));
    }

    #[test]
    fn every_bin_of_a_short_text_is_filled() {
        let h = MinHasher::new(3, 16, 3, 9);
        let v = sig(&h, "稳就业保民生");
        assert!(v.iter().all(|&x| x != u32::MAX), "{v:?}");
    }
}
