//! User Timing measures around the class's computations, named `framelens: …`. They
//! show in the browser's performance panel, and the benchmark reads them to tell
//! computing a figure from drawing it. Only work done once per class or per view
//! is measured, so the page's timeline stays short over a long session.

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
