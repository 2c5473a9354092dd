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

    /// Runs the command line and ends the process with its exit code.
    static func main() {
        terminate(run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs the command line `arguments` (without the program's name) and returns its exit
    /// code: every error becomes one line on standard error and a code (usage errors 2,
    /// not ArgumentParser's 64), never a trace. Everything goes through `StandardStream`,
    /// so the tests run it in their own process with each run's streams in files.
    static func run(_ arguments: [String]) -> Int32 {
        if let suggestion = CommandSuggestion.message(for: arguments) {
            return report(CommandFailure.usage(suggestion), arguments: arguments)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            return report(error, arguments: arguments)
        }
    }

    /// Says what `error`, met running `arguments`, means where the user reads it: the exit
    /// code.
    static func report(_ error: Error, arguments: [String]) -> Int32 {
        if let failure = error as? CommandFailure {
            StandardStream.error.write("timeline-tui: \(failure.message)\n")
            return failure.exitCode
        }
        let code = Self.exitCode(for: error)
        if code == .success {
            // --help, --version: on standard output, as ArgumentParser's `exit(withError:)`.
            let text = fullMessage(for: error)
            if !text.isEmpty { StandardStream.output.write(text + "\n") }
            return 0
        }
        if let exitCode = error as? ExitCode {
            return exitCode.rawValue  // the command has already said why
        }
        let message = Self.message(for: error)
        if code == .validationFailure {
            // ArgumentParser's messages start with a capital; ours stay one line.
            StandardStream.error.write("timeline-tui: \(message.lowercasingFirst) (see 'timeline-tui \(helpCommand(for: arguments)) --help')\n")
            return CommandFailure.usageExitCode
        }
        let text = message.isEmpty ? String(describing: error) : message
        StandardStream.error.write("timeline-tui: \(text.split(separator: "\n").first.map(String.init) ?? text)\n")
        return code.rawValue == 0 ? 1 : code.rawValue
    }
}

extension TimelineCommand {
    /// The command whose `--help` lists the options of the command line `arguments`
    /// (without the program's name): `export`, `validate`, or `view` (the default command,
    /// which takes files and options alone).
    static func helpCommand(for arguments: [String]) -> String {
        let first = arguments.first
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
