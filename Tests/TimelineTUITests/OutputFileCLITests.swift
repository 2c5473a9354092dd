import Foundation
import Testing

/// `export --output`: atomic, never clobbers without `--force`, never harms an existing file.
@Suite struct OutputFileCLITests {
    let fm = FileManager.default

    func export(_ extra: [String], in dir: URL) throws -> CLIProcess.Result {
        try CLIProcess.run(["export", CLIProcess.fixture] + extra, in: dir)
    }

    @Test func writesThenRefusesThenReplacesWithForce() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let out = dir.appendingPathComponent("timeline.txt")
        let first = try export(["--output", "timeline.txt"], in: dir)
        #expect(first.status == 0 && first.stdout == "" && first.stderr == "")
        #expect(try String(contentsOf: out, encoding: .utf8) == (try CLIProcess.golden("export-new-york.txt")))

        let again = try export(["--tz", "UTC", "--output", "timeline.txt"], in: dir)
        #expect(again.status == 1)
        #expect(again.stderr == "timeline-tui: 'timeline.txt' already exists; add --force to replace it\n")
        #expect(try String(contentsOf: out, encoding: .utf8) == (try CLIProcess.golden("export-new-york.txt")))

        let forced = try export(["--tz", "UTC", "--output", "timeline.txt", "--force"], in: dir)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: out, encoding: .utf8) == (try CLIProcess.golden("export-utc.txt")))
        #expect(try fm.contentsOfDirectory(atPath: dir.path) == ["timeline.txt"])  // no temporary file left
    }

    @Test func aFolderIsRefused() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        try fm.createDirectory(at: dir.appendingPathComponent("folder"), withIntermediateDirectories: false)
        let r = try export(["--output", "folder", "--force"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "timeline-tui: cannot write 'folder': it is a folder; name a file inside it\n")
        #expect(try fm.contentsOfDirectory(atPath: dir.appendingPathComponent("folder").path) == [])
    }

    @Test func symbolicLinksAreRefusedAndTheirTargetsUntouched() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        try Data("keep me\n".utf8).write(to: dir.appendingPathComponent("real.txt"))
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: "real.txt")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("dangling.txt").path, withDestinationPath: "nowhere.txt")
        let r = try export(["--output", "link.txt", "--force"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "timeline-tui: cannot write 'link.txt': it is a symbolic link; name the real file instead\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("real.txt"), encoding: .utf8) == "keep me\n")
        let d = try export(["--output", "dangling.txt"], in: dir)
        #expect(d.status == 1)
        #expect(d.stderr == "timeline-tui: cannot write 'dangling.txt': it is a symbolic link to nothing; name the real file instead\n")
        #expect(!fm.fileExists(atPath: dir.appendingPathComponent("nowhere.txt").path))
        #expect(Set(try fm.contentsOfDirectory(atPath: dir.path)) == ["real.txt", "link.txt", "dangling.txt"])
    }

    @Test func aFullDeviceIsAClearError() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--output", "/dev/full"])
        #expect(r.status == 1)
        #expect(r.stderr == "timeline-tui: cannot write '/dev/full': No space left on device\n")
        let piped = try CLIRun.run(["export", CLIProcess.fixture], stdoutTo: FileHandle(forWritingAtPath: "/dev/full"))
        #expect(piped.status == 1)
        #expect(piped.stderr == "timeline-tui: cannot write to standard output: No space left on device\n")
    }

    @Test func unwritablePlacesAreClearErrors() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let missing = try export(["--output", "no/such/folder/out.txt"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr == "timeline-tui: cannot write 'no/such/folder/out.txt': folder 'no/such/folder' does not exist\n")
        // /proc refuses new files even to root, like a read-only folder.
        let readOnly = try export(["--output", "/proc/timeline.txt"], in: dir)
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.hasPrefix("timeline-tui: cannot write in '/proc': "))
        #expect(readOnly.stderr.split(separator: "\n").count == 1)
        // A folder without write permission (only meaningful when not root).
        let locked = dir.appendingPathComponent("locked")
        try fm.createDirectory(at: locked, withIntermediateDirectories: false)
        try fm.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        if getuid() != 0 {
            let r = try export(["--output", "locked/out.txt"], in: dir)
            #expect(r.status == 1)
            #expect(r.stderr == "timeline-tui: cannot write in 'locked': Permission denied\n")
        }
    }
}
