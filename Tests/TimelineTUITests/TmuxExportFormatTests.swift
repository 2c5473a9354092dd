import Foundation
import Testing

/// The viewer's `e` on a real terminal (tmux): the path's ending chooses the format, and
/// the file holds what `timeline-tui export` writes for the same view.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxExportFormatTests {

    static func export(_ args: [String]) throws -> Data {
        let r = try ChildProcess.run(TmuxSession.binary, ["export", ViewerFixture.fixturePath] + args)
        #expect(r.status == 0)
        return r.output
    }

    /// The "done when": `e` writes `notes.md` as Markdown, with the T+ column
    /// and the mark that are on screen.
    @Test func eWritesNotesMdAsMarkdownWithTheTPlusOnScreen() throws {
        let t = try TmuxSession(TmuxSession.viewer)
        try t.waitFor("1/10")
        try t.send("j", "m")
        try t.waitFor("Marked")
        try t.send("r")
        try t.waitFor("T+0")
        try t.send("e")
        try t.waitFor("export to: 2017-11-03.txt")
        for _ in 0..<"2017-11-03.txt".count { try t.send("BSpace") }
        try t.type("notes.md")
        try t.send("Enter")
        try t.waitFor("Exported 10 events to")
        let written = try Data(contentsOf: t.folder.appendingPathComponent("notes.md"))
        #expect(written == (try Self.export(["--format", "markdown", "--mark", "deactivation"])))
        #expect(String(decoding: written, as: UTF8.self).contains("| Time (EDT) | T+ | Actor | Event |"))
    }

    /// A name whose ending is not a format asks which format; the answer is used.
    @Test func anUnknownEndingAsksForTheFormat() throws {
        let t = try TmuxSession(TmuxSession.viewer)
        try t.waitFor("1/10")
        try t.send("e")
        try t.waitFor("export to: 2017-11-03.txt")
        for _ in 0..<"txt".count { try t.send("BSpace") }
        try t.type("log")
        try t.send("Enter")
        try t.waitFor("format (Tab for the next: text, markdown, csv, json…): text")
        try t.send("Tab", "Tab")
        try t.waitFor("json…): csv")
        try t.send("Enter")
        try t.waitFor("Exported 10 events to")
        let written = try Data(contentsOf: t.folder.appendingPathComponent("2017-11-03.log"))
        #expect(written == (try Self.export(["--format", "csv"])))
    }
}
