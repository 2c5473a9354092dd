import Foundation
@testable import timeline_tui

/// Runs `timeline-tui`'s command line inside the test process: the same
/// `TimelineCommand.run(_:)` as the binary's `main`, with standard input, output and error
/// in this run's own files (`StandardStream.descriptors`, bound for this task only), so
/// runs go in parallel. It answers as `CLIProcess.run` does (exit code, stdout, stderr)
/// without a launch of the debug binary per case.
///
/// Standard output is a file, never a terminal, so the viewer never starts here. What it
/// cannot do, `CLIProcess.run` still does with the real binary: another current folder
/// (`in:`, one per process), another environment (the test process's `TZ` is whatever it
/// is; `CLIProcess` sets UTC), a crash or a signal seen from outside, `--help` wrapped at a
/// known width. Each capability (open, export in each format, validate, merge, errors and
/// exit codes, standard input, `--output`) keeps at least one real-binary test.
enum CLIRun {
    /// `stdin`: a file to read as standard input (else /dev/null); `stdoutTo`: a file to
    /// write standard output to instead of capturing it.
    static func run(_ arguments: [String], stdoutTo file: FileHandle? = nil, stdin: String? = nil) throws -> CLIProcess.Result {
        let scratch = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("stdout").path, errPath = scratch.appendingPathComponent("stderr").path
        let out = try open(outPath, O_WRONLY | O_CREAT | O_TRUNC), err = try open(errPath, O_WRONLY | O_CREAT | O_TRUNC)
        defer { close(out); close(err) }
        let input = try open(stdin ?? "/dev/null", O_RDONLY)
        defer { close(input) }
        let streams = StandardStream.Descriptors(input: input, output: file?.fileDescriptor ?? out, error: err)
        let status = StandardStream.$descriptors.withValue(streams) {
            TimelineCommand.run(arguments)
        }
        return CLIProcess.Result(status: status,
                                 stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self),
                                 stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self))
    }

    private static func open(_ path: String, _ flags: Int32) throws -> Int32 {
        let fd = Foundation.open(path, flags | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return fd
    }
}
