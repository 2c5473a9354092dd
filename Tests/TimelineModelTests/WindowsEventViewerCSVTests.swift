import Testing
@testable import TimelineModel

/// Windows Event Viewer's "Save as CSV": `Level,Date and Time,Source,Event ID,Task
/// Category`, each row with a sixth, unnamed cell (the message). Its times are the
/// machine's local time with no zone: refused with the way out, read with `--assume-zone`.
/// The level is the kind, the source the actor, the message the title; `Event ID` (7036,
/// repeated) is an extra field, never the event's id.
@Suite struct WindowsEventViewerCSVTests {
    typealias F = FormatFixtures

    @Test func refusedWithoutAZoneReadWithIt() throws {
        let name = "windows/event-viewer-system.csv"
        #expect(F.problems(name) == [
            F.path(name) + #":2:13: Date and Time "3/1/2024 12:00:01 PM" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
            F.path(name) + #":3:7: Date and Time "3/13/2024 11:58:40 AM" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
        ])
        let t = try F.load(name, ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "America/New_York"))))
        #expect(t.inputFormat == "spreadsheet CSV (Windows Event Viewer; dates month first, MM/DD/YYYY, as line 3's 3/13/2024 shows)")
        #expect(t.events.map(\.title) == ["The Windows Update service entered the running state.",
                                          #"The IO operation at logical block address 0x1f4 for Disk 0 (PDO name: \Device\00000034) was retried."#])
        #expect(t.events.map(\.kind) == ["Information", "Error"])
        #expect(t.events.map(\.actor) == ["Service Control Manager", "Disk"])
        #expect(t.events.map(\.id) == ["event-viewer-system:2", "event-viewer-system:3"])
        #expect(t.events[0].extraFields == [ExtraField(name: "Event ID", json: #""7036""#), ExtraField(name: "Task Category", json: #""None""#)])
        // 12:00:01 PM in New York (EST) is 17:00:01 UTC.
        #expect(F.shown("Windows Update", in: F.exportLines(t, zone: "UTC"))! == ("Friday 1 March 2024", "17:00:01"))
    }
}
