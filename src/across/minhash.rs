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
#[derive(Debug, Clone, Copy)]
pub struct MinHasher {
    shingle: usize,
    bands: usize,
    rows: usize,
    seed: u64,
}

/// The finaliser of splitmix64: a bijection of u64 that mixes every bit into every other.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// `x` mapped onto `0..n` by its high bits (Lemire's multiply-shift, no division).
fn below(x: u64, n: usize) -> usize {
    (((x >> 32) * n as u64) >> 32) as usize
}

/// A seeded hash of some chars: the exact-text key of a passage.
pub fn hash_chars(chars: &[char], seed: u64) -> u64 {
    let mut h = mix(seed ^ 0x9e37_79b9_7f4a_7c15);
    for &c in chars {
        h = mix(h ^ c as u64);
    }
    mix(h ^ chars.len() as u64)
}

impl MinHasher {
    /// Signatures of `bands × rows` values over shingles of `shingle` chars.
    pub fn new(shingle: usize, bands: usize, rows: usize, seed: u64) -> MinHasher {
        MinHasher { shingle: shingle.max(1), bands: bands.max(1), rows: rows.max(1), seed }
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
        sig.resize(n, u32::MAX);
        let mut filled = vec![false; n];
        for w in chars.windows(self.shingle) {
            let mut h = self.seed;
            for &c in w {
                h = (h ^ c as u64).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(23);
            }
            let h = mix(h);
            let bin = below(h, n);
            sig[bin] = sig[bin].min(h as u32);
            filled[bin] = true;
        }
        self.densify(sig, &filled);
        true
    }

    /// Fill each empty bin from a filled one, picked by a hash of the empty bin's index
    /// and the attempt: the same pick for every set with the same filled bins.
    fn densify(&self, sig: &mut [u32], filled: &[bool]) {
        let n = sig.len();
        for j in 0..n {
            if filled[j] {
                continue;
            }
            let mut from = None;
            for attempt in 0..64u64 {
                let k = below(mix(self.seed ^ ((j as u64) << 8) ^ attempt ^ 0x5851_f42d_4c95_7f2d), n);
                if filled[k] {
                    from = Some(k);
                    break;
                }
            }
            // (64 misses in a row leave a set with a few filled bins of many: the next
            // filled bin, as rotation densification does)
            let k = from.or_else(|| (1..n).map(|d| (j + d) % n).find(|&k| filled[k]));
            if let Some(k) = k {
                sig[j] = sig[k];
            }
        }
    }

    /// The key of each band of `sig`, appended to `out`: a hash of the band's index and
    /// its values. Two signatures share a key only where a band agrees (or, once in 2³²,
    /// by chance: candidates are verified).
    pub fn band_keys(&self, sig: &[u32], out: &mut Vec<u32>) {
        for (b, band) in sig.chunks(self.rows).enumerate().take(self.bands) {
            let mut h = mix(self.seed ^ b as u64);
            for &v in band {
                h = mix(h ^ v as u64);
            }
            out.push(h as u32);
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
