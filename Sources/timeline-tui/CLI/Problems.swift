import TimelineModel

/// Prints a file's problems to standard error, one per line:
/// `FILE:LINE:COL: events[3].time: a plain sentence`.
enum Problems {
    static func print(_ failure: LoadFailure) {
        var text = ""
        for problem in failure.problems {
            text += SafeText.neutralise(problem.description) + "\n"
        }
        StandardStream.error.write(text)
    }
}
