//! User Timing measures around the class's computations, named `framelens: …`. They
//! show in the browser's performance panel, and the benchmark reads them to tell
//! computing a figure from drawing it. Only work done once per class or per view
//! is measured, so the page's timeline stays short over a long session.
//! Also the clock and the yielding that long work in pieces goes by.

/// Runs `work`, recorded as the measure `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else { return work() };
    let start = format!("{name} (start)");
    let _ = performance.mark(&start);
    let result = work();
    let _ = performance.measure_with_str(name, &start);
    performance.clear_marks_with_mark_name(&start);
    result
}

/// Milliseconds since the page opened (0 where the browser has no clock).
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Waits for the browser's next turn: it draws and takes input before this
/// resolves, so long work that awaits it now and then never freezes the page.
pub async fn next_turn() {
    let turn = js_sys::Promise::new(&mut |resolve, _| {
        let waiting = web_sys::window().and_then(|w| w.set_timeout_with_callback(&resolve).ok());
        if waiting.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(turn).await;
}

/// Resolves once the next frame has been painted, so that work started after it
/// (serialising a large workspace) does not delay showing the change that caused it.
pub async fn after_next_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    // The frame's callbacks run before its paint; the next turn comes after it.
    next_turn().await;
}
