import Foundation

/// Programs outside the project that read our exports as users' tools would: `cmark-gfm`
/// (GitHub's Markdown parser), `python3` (its `csv` and `json` modules, the Timesketch
/// importer's rules). A missing tool fails the test: it is never skipped (CI installs them).
enum ExternalTool {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not installed; the export tests need it (.ci/run installs it)" }
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    static func path(_ name: String) throws -> String {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin"]
        for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
            return folder + "/" + name
        }
        throw Missing(name: name)
    }

    /// Standard output of `name args`, which must exit 0.
    static func run(_ name: String, _ args: [String]) throws -> String {
        let r = try ChildProcess.run(try path(name), args)
        guard r.status == 0 else { throw Failed(description: "\(name) \(args.joined(separator: " ")) exited \(r.status)") }
        return String(decoding: r.output, as: UTF8.self)
    }

    /// Runs `Tests/Scripts/NAME` with python3; its output, and its exit status.
    static func python(_ script: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let file = CLIProcess.packageRoot.appendingPathComponent("Tests/Scripts/" + script).path
        let r = try ChildProcess.run(try path("python3"), [file] + args)
        return (r.status, String(decoding: r.output, as: UTF8.self))
    }

    /// The export `args` written with `--output` to a fresh folder: the file's path (the
    /// folder goes with the test run's temporary files).
    static func export(_ args: [String], name: String, input: String = CLIProcess.fixture) throws -> String {
        let dir = try CLIProcess.temporaryFolder()
        let out = dir.appendingPathComponent(name).path
        let r = try CLIRun.run(["export", input] + args + ["--output", out])
        guard r.status == 0 else { throw Failed(description: "export \(args) exited \(r.status): \(r.stderr)") }
        return out
    }

    /// A timeline file in a fresh folder.
    static func write(_ text: String, name: String) throws -> String {
        let dir = try CLIProcess.temporaryFolder()
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
