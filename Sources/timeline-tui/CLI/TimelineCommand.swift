import ArgumentParser

/// `timeline-tui`: view an incident timeline, export it as text, or validate files.
@main
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline-tui",
        abstract: "View an incident timeline in the terminal, export it as text, validate timeline files.",
        version: "0.1.0",
        subcommands: [ViewCommand.self],
        defaultSubcommand: ViewCommand.self
    )
}
