import Foundation
import Testing

/// The real binary while its file is still being read: a named pipe holds the reading
/// back for as long as the test wants, so the loading screen is there to look at.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxLoadingTests {
    /// A shell in tmux, the viewer started on a named pipe nobody writes yet.
    private func startOnPipe(_ name: String = #function) throws -> (TmuxSession, URL) {
        let t = try TmuxSession(TmuxSession.shell, name: name)
        let pipe = t.folder.appendingPathComponent("slow.json")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        try t.type("\(TmuxSession.binary) slow.json; echo \"status=$?\"")
        try t.send("Enter")
        let screen = try t.waitFor("Reading slow.json…")
        #expect(screen.contains("q or Ctrl-C stops"), "\(screen)")
        #expect(try t.display("#{alternate_on}") == "1")
        return (t, pipe)
    }

    @Test func qDuringTheLoadLeavesWithTheTerminalRestored() throws {
        let (t, _) = try startOnPipe()
        try t.send("q")
        try t.waitFor("status=0")
        try expectRestored(t)
    }

    @Test func ctrlCDuringTheLoadLeavesWithTheTerminalRestored() throws {
        let (t, _) = try startOnPipe()
        try t.send("C-c")
        try expectRestored(t)
    }

    @Test func theTimelineReplacesTheLoadingScreenOnceRead() throws {
        let (t, pipe) = try startOnPipe()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: ViewerFixture.fixturePath))
        // Opening a pipe for writing waits for its reader: the viewer's reading thread.
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: pipe.path) {
                handle.write(bytes)
                try? handle.close()
            }
        }
        writer.start()
        try t.waitFor("1/10")
        try t.send("q")
        try t.waitFor("status=0")
    }

    /// A broken file on a terminal: the loading screen is put away and the problems are
    /// printed on the shell's screen, exit 1.
    @Test func aBrokenFileIsRefusedOnTheShellsScreen() throws {
        let t = try TmuxSession(TmuxSession.shell)
        try #"{"title": "x", "events": [{"id": "a", "time": "yesterday", "title": "t"}]}"#
            .write(to: t.folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        try t.type("\(TmuxSession.binary) broken.json; echo \"status=$?\"")
        try t.send("Enter")
        let screen = try t.waitFor("status=1")
        #expect(screen.contains("broken.json:1:"), "\(screen)")
        try expectRestored(t)
    }

    private func expectRestored(_ t: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(5)
        while try t.display("#{alternate_on}") != "0", Date() < deadline { usleep(40_000) }
        #expect(try t.display("#{alternate_on} #{cursor_flag}") == "0 1", sourceLocation: sourceLocation)
        try t.type("stty -a | tr ' ' '\\n' | grep -xE -- '-?(echo|icanon)' | tr '\\n' ' '; echo")
        try t.send("Enter")
        let screen = try t.waitFor("\nicanon echo")
        #expect(!screen.contains("-echo") && !screen.contains("-icanon"), "\(screen)", sourceLocation: sourceLocation)
    }
}
