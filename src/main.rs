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
    std::process::exit(code);
}
