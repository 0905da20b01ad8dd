//! The app's entry point: Trunk builds this binary for wasm32 and starts it in the page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    framelens::ui::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("Framelens runs in the browser: see the README for how to build and serve it.");
}
