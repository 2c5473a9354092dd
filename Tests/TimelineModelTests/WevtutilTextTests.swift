import Testing
@testable import TimelineModel

/// `wevtutil qe System /f:text`: `Event[N]:` blocks of `Name: value` lines and the message
/// after `Description:`. The UTC `Date` with its seven digits is the time, the message the
/// title and text, `Level` the kind, `Source` the actor, the rest but `N/A` extra fields.
/// An older wevtutil's local `Date` with no zone is refused with the way out.
@Suite struct WevtutilTextTests {
    typealias F = FormatFixtures

    @Test func systemLogEvents() throws {
        let t = try F.load("windows/wevtutil-system.txt")
        #expect(t.inputFormat == "Windows event log (wevtutil text)")
        #expect(t.events.map(\.title) == [
            "The operating system started at system time 2024-03-01T12:00:00.500000000Z.",
            "The Windows Update service entered the running state.",
            #"The IO operation at logical block address 0x1f4 for Disk 0 (PDO name: \Device\00000034) was retried."#,
        ])
        #expect(t.events.map(\.kind) == ["Information", "Information", "Warning"])
        #expect(t.events.map(\.actor) == ["Microsoft-Windows-Kernel-General", "Service Control Manager", "disk"])
        #expect(t.events.map(\.id) == ["wevtutil-system:1", "wevtutil-system:16", "wevtutil-system:31"])
        #expect(t.events[1].extraFields == [ExtraField(name: "Log Name", json: #""System""#), ExtraField(name: "Event ID", json: #""7036""#),
                                            ExtraField(name: "Keyword", json: #""Classic""#), ExtraField(name: "Computer", json: #""WIN-7H2K""#)])
        // Seven digits as written; 12:00:05 UTC is 07:00:05 in New York (EST).
        #expect(F.shown("Windows Update", in: F.exportLines(t, zone: "America/New_York"))! == ("Friday 1 March 2024", "07:00:05.4561230"))
    }

    @Test func aLocalDateIsRefusedWithTheWayOutAndReadWithIt() throws {
        let text = "Event[0]:\n  Log Name: Application\n  Source: MsiInstaller\n  Date: 2012-03-27T10:43:47.247\n  Event ID: 1033\n  Level: Information\n  Description: \nWindows Installer installed the product.\n"
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "app.txt")
            Issue.record("a Date with no zone was read")
        } catch {
            #expect(error.problems.map(\.description) == [
                #"app.txt:4:9: Event[0].Date: Date "2012-03-27T10:43:47.247" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
            ])
        }
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "app.txt",
                                        options: ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "Europe/Paris"))))
        #expect(F.shown("Windows Installer", in: F.exportLines(t, zone: "UTC"))!.time == "08:43:47.247")
    }
}
