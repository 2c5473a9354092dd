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
    /// The last lines of a command over several files when some are refused: how many
    /// (`1 of 3 files has problems`), then, for each file refused for times without a zone
    /// (a problem that advises `--assume-zone`), the option that names its zone alone: the
    /// advice as the problem gives it, `--assume-zone UTC`, would place every file's
    /// zoneless times, which the other files may not want.
    /// `bad`: the files with problems; `refused`: those refused, each with its name as
    /// messages give it (`<stdin>` for `-`).
    static func summarise(bad n: Int, of count: Int, refused: [(name: String, failure: LoadFailure)], hint: String = "") {
        var text = "timeline-tui: \(n) of \(count) files \(n == 1 ? "has" : "have") problems\(hint)\n"
        for (name, failure) in refused where failure.problems.contains(where: { $0.message.contains("--assume-zone") }) {
            let file = name == TimelineSource.standardInputName ? "stdin" : SafeText.neutralise(name)
            text += "timeline-tui: \(file) has times without a zone: --assume-zone \(file)=ZONE names its zone alone\n"
        }
        StandardStream.error.write(text)
    }
}
