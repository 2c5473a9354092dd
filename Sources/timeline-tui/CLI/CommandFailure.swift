/// A command could not do its job: a one-line message (printed as `timeline-tui: …`) and
/// the exit code: 1 for bad input or output, 2 for a wrong command line.
struct CommandFailure: Error {
    static let usageExitCode: Int32 = 2

    var message: String
    var exitCode: Int32

    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    /// A wrong command line (exit code 2).
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message, exitCode: usageExitCode)
    }
}
