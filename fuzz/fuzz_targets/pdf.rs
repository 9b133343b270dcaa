#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: baogao::fuzzing::init(),
    |data: &[u8]| baogao::fuzzing::pdf(data)
);
