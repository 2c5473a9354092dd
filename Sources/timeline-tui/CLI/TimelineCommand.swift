import ArgumentParser

/// `timeline-tui`: view an incident timeline, export it (text and other formats), or validate files.
@main
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline-tui",
        abstract: "View an incident timeline in the terminal; export it as text, Markdown, CSV, JSON, Timesketch or TimelineJS; validate timeline files.",
        discussion: """
            Exit codes: 0 success; 1 a file has problems, or the output could not be \
            written; 2 the command line is wrong (unknown option, unknown time zone…).
            """,
        version: "0.1.0",
        subcommands: [ViewCommand.self, ExportCommand.self, ValidateCommand.self] + BenchViewerCommand.commandsIfEnabled,
        defaultSubcommand: ViewCommand.self
    )

    /// Runs the command, turning every error into one line on stderr and an exit code
    /// (usage errors exit 2, not ArgumentParser's 64), never a trace.
    static func main() {
        if let suggestion = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst())) {
            exit(with: CommandFailure.usage(suggestion))
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(with: error)
        }
    }

    static func exit(with error: Error) -> Never {
        if let failure = error as? CommandFailure {
            StandardStream.error.write("timeline-tui: \(failure.message)\n")
            terminate(failure.exitCode)
        }
        let code = Self.exitCode(for: error)
        if code == .success {
            Self.exit(withError: error)  // --help, --version: printed on standard output
        }
        if let exitCode = error as? ExitCode {
            terminate(exitCode.rawValue)  // the command has already said why
        }
        let message = Self.message(for: error)
        if code == .validationFailure {
            // ArgumentParser's messages start with a capital; ours stay one line.
            StandardStream.error.write("timeline-tui: \(message.lowercasingFirst) (see 'timeline-tui \(helpCommand) --help')\n")
            terminate(CommandFailure.usageExitCode)
        }
        let text = message.isEmpty ? String(describing: error) : message
        StandardStream.error.write("timeline-tui: \(text.split(separator: "\n").first.map(String.init) ?? text)\n")
        terminate(code.rawValue == 0 ? 1 : code.rawValue)
    }
}

extension TimelineCommand {
    /// The command whose `--help` lists the options of the command line given: `export`,
    /// `validate`, or `view` (the default command, which takes files and options alone).
    static var helpCommand: String {
        let first = CommandLine.arguments.dropFirst().first
        return first.flatMap { ["export", "validate", "view"].contains($0) ? $0 : nil } ?? "view"
    }
}

/// Ends the process (outside `TimelineCommand`, whose own `exit` members would shadow it).
private func terminate(_ code: Int32) -> Never {
    exit(code)
}

extension String {
    fileprivate var lowercasingFirst: String {
        guard let first, first.isUppercase, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}
