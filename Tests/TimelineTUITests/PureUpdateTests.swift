import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// `update` reads no zone data (issue 9, item 5): with the tz database swapped for an
/// empty, read-only folder, every key of the table, in the list, the detail pane, the help
/// and the prompts, reads nothing, and the zones show the names loaded before.
@Suite struct PureUpdateTests {
    typealias F = ViewerFixture

    /// An empty folder nobody can write to: a tz database with nothing in it.
    func emptyZoneinfo() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("empty-zoneinfo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        return folder.path
    }

    /// Every key sequence a user can make from the list, once each: all keys of the table
    /// in the list, the detail pane and the help, and each prompt typed, edited, answered.
    func everything() -> [[Key]] {
        let keys = KeyBindings.table.flatMap(\.keys) + [.wheelUp, .wheelDown, .click(x: 3, y: 5), .resize(width: 60, height: 20)]
        var runs: [[Key]] = keys.map { [$0] }
        runs += keys.map { [.enter, $0] }
        runs += keys.map { [.character("?"), $0] }
        runs += [
            F.keys(["z", "z", "z", "z"]),
            F.keys(["Z", "Asia/Kol", "Tab", "Left", "C-w", "Enter"]),
            F.keys(["Z", "Europe/Paris", "Enter"]),
            F.keys(["/", "twittergov", "Left", "C-u", "rogue", "Enter", "n", "N", "Esc"]),
            F.keys(["f", "kind:statement", "Enter", "c", "f", "C-u", "Enter"]),
            F.keys(["m", "r", "G", "m", "r", "r"]),
            F.keys(["e", "C-u", "out.txt", "Enter"]),
        ]
        return runs
    }

    @Test func updateReadsNoZoneDataWhateverTheKey() throws {
        let start = try F.state()  // zones read here, before the viewer runs
        let log = ZoneDatabase.ReadLog()
        var screens: [String] = []
        ZoneDatabase.$folderOverride.withValue(try emptyZoneinfo()) {
            ZoneDatabase.$reads.withValue(log) {
                for run in everything() {
                    var s = start
                    for key in run { s = update(s, key) }
                    screens.append(F.screen(s))
                }
                #expect(log.paths.isEmpty, "update read \(log.paths)")
                // The log sees reads: making a zone here looks for its file, in vain.
                #expect(Zone(identifier: "Asia/Tokyo") == nil)
                #expect(log.paths.contains { $0.hasSuffix("/Asia/Tokyo") })
            }
        }
        // The abbreviations were read before: z shows Paris as CET, not as a bare offset.
        #expect(screens.contains { $0.contains("Europe/Paris UTC+01:00 CET") })
    }

    @Test func zonesTypedAtZAndTheirNamesComeThroughEffects() throws {
        var s = update(try F.state(), .key(.character("Z")))
        #expect(s.effect == .loadZoneNames)
        #expect(s.prompt?.completions.isEmpty == true)
        s = update(s, .zoneNamesLoaded(["Asia/Kolkata", "Asia/Kuala_Lumpur", "Europe/Paris"]))
        #expect(s.prompt?.completions.count == 3)
        s = F.keys(["Asia/Ko", "Tab"]).reduce(s, update)
        #expect(s.prompt?.text == "Asia/Kolkata")
        s = update(s, .key(.enter))
        // Nothing changes until the zone is read.
        #expect(s.effect == .loadZone(name: "Asia/Kolkata"))
        #expect(s.zone.identifier == "America/New_York")
        let kolkata = DisplayZones.Entry(zone: Zone(identifier: "Asia/Kolkata")!, timeline: s.timeline)
        s = update(s, .zoneLoaded(typed: "Asia/Kolkata", kolkata))
        #expect(s.zone.identifier == "Asia/Kolkata")
        #expect(F.screen(s).contains("Asia/Kolkata UTC+05:30 IST"))
        #expect(s.message == "Times in Asia/Kolkata UTC+05:30 IST.")
        // The names are kept: Z again asks for nothing.
        #expect(update(s, .key(.character("Z"))).effect == nil)
        // A zone already in the cycle is shown at once; an unknown one is said so.
        #expect(F.keys(["Z", "UTC", "Enter"]).reduce(s, update).zone == .utc)
        let unknown = update(s, .zoneLoaded(typed: "Mars/Olympus", nil))
        #expect(unknown.message == "Unknown zone “Mars/Olympus”: try a name such as Europe/Paris, or an offset such as +05:30 (Tab completes names).")
    }

    @Test func fileNoticesAndExportResultsGoThroughUpdate() throws {
        let s = try F.state()
        #expect(update(s, .fileChanged(path: "copy.json", removed: false)).message
                == "copy.json changed on disk: still showing what was loaded.")
        #expect(update(s, .fileChanged(path: "copy.json", removed: true)).message
                == "copy.json was removed: still showing what was loaded.")
        #expect(update(s, .exported(path: "/tmp/x.md", count: 10, format: .markdown)).message == "Exported 10 events to /tmp/x.md as markdown.")
        #expect(update(s, .exportFailed(reason: "cannot write 'x': Permission denied")).message
                == "Not exported: cannot write 'x': Permission denied.")
        let asked = update(s, .exportTargetExists(path: "x.txt", format: .text))
        #expect(asked.prompt?.purpose == .confirmOverwrite(path: "x.txt", format: .text))
    }
}
