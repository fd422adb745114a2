//! The `parallax` binary: the command-line tool natively, the browser app on wasm32.

#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// In the browser, Talc instead of the default dlmalloc: faster on the engine's many small
/// allocations. (Single-threaded: the app builds without wasm atomics.)
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    parallax::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    parallax::ui::mount();
}
