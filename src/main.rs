//! Thin entry point: parse arguments, run, map the outcome to an exit code.

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = baogao::cli::Cli::parse();
    let code = match baogao::main_with(cli) {
        Ok(exit) => exit.code(),
        Err(e) => {
            eprintln!("baogao: error: {e:#}");
            baogao::error::Exit::Usage.code()
        }
    };
    exit(code);
}

/// End the process once stdout is flushed, without the C library's exit handlers: the
/// allocator's handler hands its free pages back to the kernel a range at a time (at
/// 1x, ~380 `madvise` calls over ~50 MiB, 5 ms of system time) just before the kernel
/// frees the whole address space anyway. Every output file is synced and renamed
/// before `main_with` returns, and stderr is not buffered.
fn exit(code: i32) -> ! {
    #[cfg(target_os = "linux")]
    {
        use std::io::Write;
        let _ = std::io::stdout().flush();
        // SAFETY: `_exit` takes no pointers; it ends the process with `code`. Nothing
        // is left to run: no destructor runs after `std::process::exit` either.
        unsafe { libc::_exit(code) }
    }
    #[cfg(not(target_os = "linux"))]
    std::process::exit(code)
}
