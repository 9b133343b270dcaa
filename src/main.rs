//! Thin entry point: parse arguments, run, map the outcome to an exit code.

use clap::Parser;

/// mimalloc instead of the system allocator: a run makes and frees millions of small
/// strings on two threads (10x 1.34 -> 1.19 s); built with `no_thp` (Cargo.toml says why).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    reserve_less_memory();
    // `baogao` alone is `baogao run`
    if std::env::args_os().nth(1).is_none_or(|a| a == "run") {
        baogao::run::warm_up_in_background();
    }
    let cli = match baogao::cli::Cli::try_parse() {
        Ok(cli) => cli,
        // `--help` and `--version` print to stdout and succeed; a usage error (unknown
        // flag, bad value, missing argument) exits 1 as SPEC.md says, not clap's 2,
        // which a scheduled job would read as "some inputs failed"
        Err(e) => {
            let _ = e.print();
            exit(if e.use_stderr() { baogao::error::Exit::Usage.code() } else { 0 })
        }
    };
    let code = match baogao::main_with(cli) {
        Ok(exit) => exit.code(),
        // the reader went away (`baogao extract … | head`): stop quietly, as `cat` does
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            // an error because the run was interrupted: the interrupt's handler says so
            // and exits 130
            baogao::output::await_interrupt();
            eprintln!("baogao: error: {e:#}");
            baogao::error::Exit::Usage.code()
        }
    };
    exit(code);
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

/// Keep the address space a run reserves close to what it uses, so that it runs under
/// a limit (`ulimit -v`): glibc's malloc, which only C code and the C library itself
/// call here (Rust allocates with mimalloc), reserves 64 MiB per thread that calls it
/// (every thread does, once, when it starts): one arena for all is plenty.
/// Under a limit, mimalloc also reserves its arenas a little at a time instead of 1 GiB
/// at once.
fn reserve_less_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt takes two integers and changes a setting of glibc's allocator;
    // called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
    if baogao::ingest::memory::address_space_limit().is_some() {
        mimalloc_arenas_on_demand();
    }
}

/// mimalloc's option `arena_reserve` (mimalloc.h, `mi_option_e`), in KiB: set to 0, no
/// arena is reserved ahead; memory is mapped as it is needed. Set only if the option
/// still has its documented default (1 GiB), so that a mimalloc whose options are
/// numbered otherwise is left alone.
fn mimalloc_arenas_on_demand() {
    const ARENA_RESERVE: std::ffi::c_int = 23;
    const DEFAULT_KIB: std::ffi::c_long = 1 << 20;
    extern "C" {
        fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: both read or write one of mimalloc's options, by index, and take no
    // pointers; mimalloc is linked in as the global allocator.
    unsafe {
        if mi_option_get(ARENA_RESERVE) == DEFAULT_KIB {
            mi_option_set(ARENA_RESERVE, 0);
        }
    }
}

/// End the process once stdout is flushed, without the C library's exit handlers: the
/// allocator's handler hands its free pages back to the kernel a range at a time (at
/// 1x, ~380 `madvise` calls over ~50 MiB, 5 ms of system time) just before the kernel
/// frees the whole address space anyway. Every output file is synced and renamed
/// before `main_with` returns, and stderr is not buffered. Under `LLVM_PROFILE_FILE`
/// (a build instrumented for profile-guided optimisation, `bench/pgo.sh`, being
/// trained) the exit handlers run: one of them writes the profile.
fn exit(code: i32) -> ! {
    #[cfg(target_os = "linux")]
    if std::env::var_os("LLVM_PROFILE_FILE").is_none() {
        use std::io::Write;
        let _ = std::io::stdout().flush();
        // SAFETY: `_exit` takes no pointers; it ends the process with `code`. Nothing
        // is left to run: no destructor runs after `std::process::exit` either.
        unsafe { libc::_exit(code) }
    }
    std::process::exit(code)
}
