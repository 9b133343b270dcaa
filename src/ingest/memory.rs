//! The memory a report needs, foreseen from its size, against the address space the
//! process may use (`ulimit -v`): a file that cannot fit is refused alone, with a clear
//! error, instead of aborting the batch when an allocation fails half-way.

use std::sync::LazyLock;

use crate::error::InputError;

/// Address space a report needs per byte of its file, at most: its decoded text, the
/// normalised text and the offset map, its sentences, the chars and byte offsets the
/// extraction reads (4 + 8 bytes a char), its rows as CSV, with the allocator's slack.
/// Measured on a repeated report: about 15 bytes a byte; twice that, to be safe.
pub const BYTES_PER_FILE_BYTE: u64 = 30;

/// Address space a run needs besides its reports: the program, its threads' stacks,
/// the word segmenter's dictionary, the polars tables (docs/ARCHITECTURE.md, "A run,
/// and its memory").
pub const RUN_BASE: u64 = 160 << 20;

/// The process's limit on its address space (`ulimit -v`, RLIMIT_AS), if it has one.
pub fn address_space_limit() -> Option<u64> {
    static LIMIT: LazyLock<Option<u64>> = LazyLock::new(read_limit);
    *LIMIT
}

#[cfg(target_os = "linux")]
fn read_limit() -> Option<u64> {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit writes the limit into the struct it is given, which lives here.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut limit) } == 0;
    (ok && limit.rlim_cur != libc::RLIM_INFINITY).then_some(limit.rlim_cur)
}

#[cfg(not(target_os = "linux"))]
fn read_limit() -> Option<u64> {
    None
}

/// Whether a file of `size` bytes can be analysed within the limit, if there is one.
pub fn check(size: u64) -> Result<(), InputError> {
    let Some(limit) = address_space_limit() else { return Ok(()) };
    let need = size.saturating_mul(BYTES_PER_FILE_BYTE);
    let room = limit.saturating_sub(RUN_BASE);
    if need > room {
        return Err(InputError::TooMuchMemory { need_mib: need >> 20, limit_mib: limit >> 20 });
    }
    Ok(())
}
