import Foundation
import Testing

/// Two files as one timeline on a real terminal (tmux): sources on each row, the lane
/// view (`l`, `L`) through a resize, and `e` writing the lanes as `export --lanes` does.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxLanesTests {
    @Test func twoFilesOpenMergedAndTheLanesExport() throws {
        let t = try TmuxSession(TmuxSession.shell, width: 80, height: 24)
        try #"""
        {"title": "Newsroom", "timezone": "America/New_York", "events": [
          {"id": "n1", "time": "2017-11-02T19:10-04:00", "actor": "desk", "title": "Desk notices the account is back"}
        ]}
        """#.write(to: t.folder.appendingPathComponent("newsroom.json"), atomically: true, encoding: .utf8)
        try t.type("\(TmuxSession.binary) --tz UTC \(ViewerFixture.fixturePath) newsroom.json")
        try t.send("Enter")
        var screen = try t.waitFor("1/11")
        #expect(screen.contains("newsroom  desk"))
        try t.send("l")
        screen = try t.waitFor("Lanes by file")
        #expect(screen.contains("files:"))
        #expect(screen.contains("┬"))
        try t.send("L")
        screen = try t.waitFor("Lanes by actor.")
        #expect(screen.contains("actors:") && screen.contains("more lanes"))
        try t.tmux(["resize-window", "-t", "0", "-x", "160", "-y", "30"])
        // Wide enough for every lane: none is left to count.
        try t.waitUntilGone("more lanes")
        #expect(try t.capture().contains("TechCrunch"))
        try t.send("e")
        try t.waitFor("export to:")
        try t.send("C-u")
        try t.type("lanes.txt")
        try t.send("Enter")
        try t.waitFor("Exported 11 events to")
        let expected = try ChildProcess.run(TmuxSession.binary, ["export", "--lanes", "--lanes-by", "actor", "--tz", "UTC", "--width", "80",
                                                               ViewerFixture.fixturePath, t.folder.appendingPathComponent("newsroom.json").path])
        #expect(try Data(contentsOf: t.folder.appendingPathComponent("lanes.txt")) == expected.output)
        try t.send("q")
    }

    /// `timeline-tui newsroom.json FIXTURE`: the lanes by file in the order given, and the
    /// statement both files hold marked in both lanes, on screen and in `e`'s export.
    @Test func lanesByFileInTheOrderGivenAndADuplicateInBothLanes() throws {
        let t = try TmuxSession(TmuxSession.shell, width: 100, height: 30)
        try #"""
        {"title": "Newsroom", "timezone": "America/New_York", "events": [
          {"id": "n1", "time": "2017-11-02T19:10-04:00", "actor": "desk", "title": "Desk notices the account is back"},
          {"id": "n2", "time": "2017-11-03T02:00:28.893Z", "actor": "@TwitterGov", "title": "@TwitterGov: it was done by a customer-support employee on their last day"}
        ]}
        """#.write(to: t.folder.appendingPathComponent("newsroom.json"), atomically: true, encoding: .utf8)
        try t.type("\(TmuxSession.binary) --tz UTC newsroom.json \(ViewerFixture.fixturePath)")
        try t.send("Enter")
        try t.waitFor("1/11")
        try t.send("l")
        let screen = try t.waitFor("Lanes by file")
        let lines = screen.split(separator: "\n").map(String.init)
        let names = try #require(lines.first { $0.contains("files:") })
        #expect(try #require(names.range(of: "newsroom")).lowerBound < (try #require(names.range(of: "2017-11-")).lowerBound))
        let both = try #require(lines.first { $0.contains("it was done by") })
        // The newsroom's copy is kept (the first file's): no kind, `·` in each lane.
        #expect(both.prefix(36).filter { $0 == "·" }.count == 2)
        try t.send("e")
        try t.waitFor("export to:")
        try t.send("C-u")
        try t.type("lanes.txt")
        try t.send("Enter")
        try t.waitFor("Exported 11 events to")
        let expected = try ChildProcess.run(TmuxSession.binary, ["export", "--lanes", "--tz", "UTC", "--width", "80",
                                                               t.folder.appendingPathComponent("newsroom.json").path, ViewerFixture.fixturePath])
        let written = try Data(contentsOf: t.folder.appendingPathComponent("lanes.txt"))
        #expect(written == expected.output)
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.split(separator: "\n").first { $0.contains("it was done") }?.components(separatedBy: "● @TwitterGov: it was done").count == 3)
        try t.send("q")
    }
}
