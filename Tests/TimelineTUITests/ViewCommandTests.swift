import Foundation
import Testing

/// `timeline-tui [FILE]` when it must not draw: bad files, stdout not a terminal.
@Suite struct ViewCommandTests {
    func run(_ shell: String) throws -> (status: Int32, output: String) {
        let r = try ChildProcess.run("/bin/sh", ["-c", shell])
        return (r.status, String(decoding: r.output, as: UTF8.self))
    }

    let bin = TmuxSession.binary

    @Test func withStdoutNotATerminalItPrintsTheTextExport() throws {
        let viewed = try run("'\(bin)' '\(ViewerFixture.fixturePath)' --tz Europe/Paris")
        let exported = try run("'\(bin)' export '\(ViewerFixture.fixturePath)' --tz Europe/Paris")
        #expect(viewed.status == 0)
        #expect(viewed.output == exported.output)
        #expect(viewed.output.contains("~23:48"))
    }

    @Test func noFileMeansTheBundledIncident() throws {
        let bundled = try run("'\(bin)'")
        let fixture = try run("'\(bin)' export '\(ViewerFixture.fixturePath)'")
        #expect(bundled.status == 0)
        #expect(bundled.output == fixture.output)
    }

    @Test func aBadFileIsRefusedWithTheLoadersMessages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vc-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.json")
        try #"{"title": "x", "events": [{"id": "a", "time": "2017-02-30T10:00Z", "title": "t"}]}"#
            .write(to: bad, atomically: true, encoding: .utf8)
        let r = try run("'\(bin)' '\(bad.path)' 2>&1 >/dev/null")
        #expect(r.status == 1)
        #expect(r.output.hasPrefix(bad.path + ":1:"))
        #expect(r.output.contains("events[0].time"))
        let missing = try run("'\(bin)' '\(dir.path)/nope.json' 2>&1")
        #expect(missing.status == 1)
        #expect(missing.output.contains("nope.json"))
    }

    @Test func anUnknownZoneIsAUsageError() throws {
        let r = try run("'\(bin)' '\(ViewerFixture.fixturePath)' --tz Mars/Olympus 2>&1")
        #expect(r.status == 2)
        #expect(r.output.contains("unknown time zone 'Mars/Olympus'"))
    }
}
