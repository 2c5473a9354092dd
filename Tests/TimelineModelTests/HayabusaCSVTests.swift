import Testing
@testable import TimelineModel

/// Hayabusa's `csv-timeline` (Yamato Security's Windows event log scanner): each row a
/// detection, titled by the rule that fired (`RuleTitle`), not by its `Details`, which many
/// detections leave empty; the computer the actor, the level the kind, `EventID` and
/// `RecordID` extra fields (they repeat across channels: never the id). Times as written,
/// with their offset and ms.
@Suite struct HayabusaCSVTests {
    typealias F = FormatFixtures

    @Test func aDetectionIsTitledByItsRule() throws {
        let t = try F.load("spreadsheet-csv/hayabusa-standard.csv")
        #expect(t.inputFormat == "spreadsheet CSV (Hayabusa)")
        #expect(t.timezone == "UTC+09:00")
        #expect(t.warnings.isEmpty)
        #expect(t.events.map(\.title) == ["Log Cleared", "Important Log File Cleared", "Logon (Network)", "PSExec Service Installation"])
        #expect(t.events.map(\.actor) == ["WS-ACCT-07", "WS-ACCT-07", "WS-ACCT-07", "DC01"])
        #expect(t.events.map(\.kind) == ["high", "high", "info", "crit"])
        #expect(t.events[0].text == "SubjectUserName: admin ¦ SubjectDomainName: CORP ¦ SubjectLogonId: 0x18416")
        #expect(t.events[3].text == nil)
        #expect(t.events.map(\.id) == (2...5).map { "hayabusa-standard:\($0)" })
        #expect(t.events[0].extraFields.map(\.name) == ["Channel", "EventID", "RecordID", "ExtraFieldInfo", "RuleID"])
        // 19:18:28.878 +09:00 is 10:18:28.878 UTC, to the ms written.
        #expect(F.shown("Log Cleared", in: F.exportLines(t, zone: "UTC"))! == ("Monday 12 June 2023", "10:18:28.878"))
        // The first pass's skim lists the rows as the whole reader does.
        let (skimmed, whole, _) = SkimComparison.loads(try F.bytes("spreadsheet-csv/hayabusa-standard.csv"), name: "hayabusa-standard.csv") {
            SpreadsheetCSVReader.reader($0, file: $1, options: ReadOptions())
        }
        try SkimComparison.expectSame(skimmed, whole)
    }

    /// Hayabusa's first layout (no `Channel`, `RecordID`; `RulePath`, `FilePath` after
    /// `Details`), with a detection whose `Details` is empty: titled by its rule, no warning.
    @Test func theFirstLayoutToo() throws {
        let csv = """
            Timestamp,Computer,EventID,Level,RuleTitle,Details,RulePath,FilePath
            2013-10-24 01:16:29.000 +09:00,IE8Win7,4625,medium,Failed Logon From Public IP,,rules/sigma/builtin/security/win_susp_failed_logon_source.yml,many-events-application.evtx

            """
        let t = try TimelineLoader.load(bytes: Array(csv.utf8), name: "results.csv")
        #expect(t.warnings.isEmpty)
        #expect(t.events.map(\.title) == ["Failed Logon From Public IP"])
        #expect(t.events.map(\.kind) == ["medium"])
        // A spreadsheet that only shares some of the names is read as before.
        let sheet = "Timestamp,Computer,Level,Details\n2013-10-24T01:16:29Z,IE8Win7,medium,Failed logon\n"
        let other = try TimelineLoader.load(bytes: Array(sheet.utf8), name: "sheet.csv")
        #expect(other.inputFormat == "spreadsheet CSV")
        #expect(other.events.map(\.title) == ["Failed logon"])
    }
}
