import Testing

/// The tags of the suites the everyday loop leaves out (`swift test --skip …`, see README):
/// CI and the full run before a merge still run them.
extension Tag {
    /// Seconds, not milliseconds: big generated inputs, the fast paths compared with the
    /// plain way on thousands of events, the hostile limits and corpus.
    @Tag public static var slow: Self
    /// Drives the real binary inside tmux (needs tmux; each test waits for the screen).
    @Tag public static var tmux: Self
}
