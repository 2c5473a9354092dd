import Testing
@testable import TimelineModel

/// EvtxECmd's CSV (Eric Zimmerman's Windows event log parser, as KAPE runs it): its
/// `TimeCreated` is UTC with seven decimals and no zone written (all of Zimmerman's tools
/// write UTC), read so and said in "Read as"; an event is titled by its map's description,
/// else by its provider and event id; the computer is the actor, the level the kind.
@Suite struct EvtxECmdCSVTests {
    typealias F = FormatFixtures

    @Test func eventsAtTheirUTCTimesTitledByTheirMaps() throws {
        let name = "windows/evtxecmd-output.csv"
        let t = try F.load(name)
        #expect(t.inputFormat == "spreadsheet CSV (EvtxECmd: TimeCreated in UTC)")
        #expect(t.timezone == "UTC")
        #expect(t.warnings.isEmpty)
        #expect(t.events.map(\.title) == ["Successful logon", "A new process has been created", "Service Control Manager 7036"])
        #expect(t.events.map(\.actor) == ["DC01.corp.local", "DC01.corp.local", "DC01.corp.local"])
        #expect(t.events.map(\.kind) == ["LogAlways", "LogAlways", "Info"])
        #expect(t.events.map(\.id) == ["evtxecmd-output:2", "evtxecmd-output:3", "evtxecmd-output:4"])
        #expect(t.events[0].extraFields.contains(ExtraField(name: "EventId", json: #""4624""#)))
        // Seven decimals, as written; 21:49 UTC is 23:49 in Berlin.
        #expect(F.shown("Successful logon", in: F.exportLines(t, zone: "UTC"))! == ("Friday 9 October 2020", "21:49:06.7521834"))
        #expect(F.shown("Successful logon", in: F.exportLines(t, zone: "Europe/Berlin"))! == ("Friday 9 October 2020", "23:49:06.7521834"))
        let (skimmed, whole, _) = SkimComparison.loads(try F.bytes(name), name: "evtxecmd-output.csv") {
            SpreadsheetCSVReader.reader($0, file: $1, options: ReadOptions())
        }
        try SkimComparison.expectSame(skimmed, whole)
    }

    /// A spreadsheet with some of the names but not EvtxECmd's header keeps the rules of
    /// any spreadsheet: a time with no zone is refused with the way out.
    @Test func anotherSheetsTimeIsNotTakenForUTC() {
        let sheet = "Timestamp,Provider,EventId,MapDescription,Event\n2020-10-09 21:49:06,Service Control Manager,7036,,Service started\n"
        let failure = #expect(throws: LoadFailure.self) { try TimelineLoader.load(bytes: Array(sheet.utf8), name: "sheet.csv") }
        #expect(failure?.problems.first?.message.contains("has no zone") == true)
    }
}
