import TimelineModel

/// Prints a file's problems to standard error, one per line:
/// `FILE:LINE:COL: events[3].time: a plain sentence`.
enum Problems {
    static func print(_ failure: LoadFailure) {
        print(failure.problems)
    }

    /// Problems (or warnings that a command counts as problems), one a line, neutralised.
    static func print(_ problems: [Problem], prefix: String = "") {
        var text = ""
        for problem in problems {
            text += prefix + SafeText.neutralise(problem.description) + "\n"
        }
        StandardStream.error.write(text)
    }

    /// What a loaded timeline's file has wrong without being refused (invalid UTF-8 shown
    /// as U+FFFD), as `timeline-tui: warning: FILE:LINE:COL: PATH: …` lines.
    static func warn(_ timeline: Timeline) {
        guard !timeline.warnings.isEmpty else { return }
        print(timeline.warnings, prefix: "timeline-tui: warning: ")
    }
}
