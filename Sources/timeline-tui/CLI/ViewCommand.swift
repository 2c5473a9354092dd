import ArgumentParser

/// `timeline-tui [FILE]`: the full-screen viewer (the default command).
struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Open a timeline file in the full-screen viewer (the bundled 2017-11-03 incident when no file is given)."
    )

    @Argument(help: "A timeline file (.json or .jsonl).")
    var file: String?

    func run() throws {}
}
