//! The `parallax` binary: the command-line tool natively, the browser app on wasm32.

#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    parallax::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    parallax::ui::mount();
}
