import Testing
@testable import TimelineModel

/// A JSON Lines log read by the first pass's skim (no `--map`, no writer recognised) gets
/// the same home zone as when each line is read whole: the one offset its times were
/// written with (`WrittenOffsets`), not UTC.
@Suite struct SkimmedHomeZoneTests {
    static let log = """
        {"level":"info","ts":"2024-05-01T10:00:00.123+05:30","msg":"first"}
        {"level":"warn","ts":"2024-05-01T10:00:01+05:30","msg":"second"}

        """

    @Test func aLogWrittenInOneOffsetIsShownInIt() throws {
        let skimmed = try TimelineLoader.load(bytes: Array(Self.log.utf8), name: "app.jsonl")
        #expect(skimmed.inputFormat == "JSON Lines log")
        #expect(skimmed.timezone == "UTC+05:30")
        // Read whole (a --map turns the skim off): the same zone, the same export.
        let whole = try TimelineLoader.load(bytes: Array(Self.log.utf8), name: "app.jsonl",
                                            options: ReadOptions(map: try FieldMap.parse("title=msg").get()))
        #expect(whole.timezone == skimmed.timezone)
        let shown = { (t: Timeline) in String(decoding: TextExporter(timeline: t, zone: nil, options: .init(details: false, width: nil)).export(), as: UTF8.self) }
        #expect(shown(skimmed) == shown(whole))
        #expect(shown(skimmed).contains("  10:00:00.123   first\n"))
    }

    @Test func offsetsThatVaryGiveUTCWithTheNote() throws {
        let log = Self.log.replacingOccurrences(of: "10:00:01+05:30", with: "10:00:01+01:00")
        let t = try TimelineLoader.load(bytes: Array(log.utf8), name: "app.jsonl")
        #expect(t.timezone == "UTC")
        #expect(t.zoneNote == "offsets vary: +05:30, +01:00; home zone UTC")
    }
}
