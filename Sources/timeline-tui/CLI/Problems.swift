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

extension Problems {
    /// The problems of a file, alone or among several (`MergedZoneAdvice`): a reader's
    /// advice to add `--assume-zone` said once a file, naming that file among several.
    static func print(_ failure: LoadFailure, file: String, among files: [String]) {
        print(MergedZoneAdvice.problems(failure, file: file, among: files))
    }

    /// The last line of a command over several files when some are refused: how many
    /// (`1 of 3 files has problems`). Each file's own way out is in its problems.
    static func summarise(bad n: Int, of count: Int, hint: String = "") {
        StandardStream.error.write("timeline-tui: \(n) of \(count) files \(n == 1 ? "has" : "have") problems\(hint)\n")
    }
}
