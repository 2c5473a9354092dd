import Testing
@testable import TimelineModel

/// `--assume-zone` for our own format: times written without a zone are read in it (DST
/// gaps and overlaps as every reader does), times with a zone keep theirs, and without
/// it the refusal names the way out (and the document's `timezone` as the likely zone).
@Suite struct OwnFormatAssumedZoneTests {
    static let paris = Zone(identifier: "Europe/Paris")!

    static func load(_ text: String, name: String = "t.jsonl", zone: Zone? = paris,
                     ambiguous: TimeReading.Ambiguous? = nil) throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name,
                                options: ReadOptions(time: TimeReading(assumedZone: zone, ambiguous: ambiguous)))
    }

    static func messages(_ text: String, name: String = "t.jsonl", zone: Zone? = nil,
                         ambiguous: TimeReading.Ambiguous? = nil) -> [String] {
        do {
            _ = try load(text, name: name, zone: zone, ambiguous: ambiguous)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    /// Seconds since 1970 and the offset written for each event, in time order.
    static func placed(_ t: Timeline) -> [(Int64, Int, Bool)] {
        t.events.map { e in
            guard case .instant(let i, let form) = e.time else { return (0, 0, false) }
            return (i.seconds, form.offsetSeconds, form.zoneAssumed)
        }
    }

    @Test func jsonLinesTimesWithoutAZoneAreReadInTheAssumedZone() throws {
        let t = try Self.load("""
            {"time":"2024-03-01T10:00:00","title":"a","id":"a"}
            {"time":"2024-03-01T10:05:00Z","title":"b","id":"b","end":"2024-03-01T12:00"}
            """)
        // 10:00 in Paris is 09:00Z (1709283600); 10:05Z keeps its Z.
        let p = Self.placed(t)
        #expect(p.map(\.0) == [1_709_283_600, 1_709_287_500])
        #expect(p.map(\.1) == [3600, 0])
        #expect(p.map(\.2) == [true, false])
        // The end, also without a zone: 12:00 in Paris.
        guard case .instant(let end, let form)? = t.events[1].end else { Issue.record("no end"); return }
        #expect(end.seconds == 1_709_290_800)
        #expect(form.offsetSeconds == 3600)
        #expect(t.timezone == "Europe/Paris")
    }

    @Test func aDocumentWithItsOwnTimezoneTakesTheGivenZone() throws {
        let t = try Self.load("""
            {"title":"T","timezone":"Europe/Paris","events":[{"id":"a","time":"2024-03-01T10:00:00","title":"a"}]}
            """, name: "doc.json", zone: Zone(identifier: "UTC"))
        #expect(Self.placed(t).map(\.0) == [1_709_287_200])
        #expect(Self.placed(t).map(\.1) == [0])
        #expect(t.timezone == "Europe/Paris")
    }

    @Test func withoutTheOptionTheRefusalNamesTheWayOut() {
        #expect(Self.messages(#"{"time":"2024-03-01T10:00:00","title":"a","id":"a"}"#) == [
            "t.jsonl:1:9: events[0].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone",
        ])
        // The document's timezone is named as the likely zone, never taken for it.
        #expect(Self.messages("""
            {"title":"T","timezone":"Europe/Paris","events":[{"id":"a","time":"2024-03-01T10:00","title":"a"}]}
            """, name: "doc.json") == [
            "doc.json:1:67: events[0].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone Europe/Paris",
        ])
    }

    @Test func wallTimesTheClocksSkippedOrRepeatedAreRefusedInPlace() throws {
        let lines = """
            {"id":"gap","time":"2024-03-31T02:30:00","title":"a"}
            {"id":"twice","time":"2024-10-27T02:30:00","title":"b"}
            """
        #expect(Self.messages(lines, zone: Self.paris) == [
            #"t.jsonl:1:20: events[0].time: "2024-03-31T02:30:00" does not exist in Europe/Paris: the clocks skipped it (a change to summer time)"#,
            #"t.jsonl:2:22: events[1].time: "2024-10-27T02:30:00" happened twice in Europe/Paris (at +02:00 and at +01:00); add --ambiguous earlier or --ambiguous later"#,
        ])
        let t = try Self.load(#"{"id":"twice","time":"2024-10-27T02:30:00","title":"b"}"#, ambiguous: .later)
        #expect(Self.placed(t).map(\.1) == [3600])
        // An end that the assumed zone puts before the time is refused as any such end.
        #expect(Self.messages(#"{"id":"e","time":"2024-03-01T10:05:00Z","end":"2024-03-01T11:00","title":"b"}"#, zone: Self.paris)
            == ["t.jsonl:1:47: events[0].end: 2024-03-01T11:00 is before time 2024-03-01T10:05:00Z"])
    }

    /// A file big enough to be read in two halves on two threads reads both in the zone.
    @Test func bothHalvesOfABigFileUseTheZone() throws {
        var text = ""
        var n = 0
        while text.utf8.count < (5 << 20) {
            text += #"{"id":"e\#(n)","time":"2024-03-01T10:00:00","title":"an event with some words to fill the line up"}"# + "\n"
            n += 1
        }
        let t = try Self.load(text)
        #expect(t.events.count == n)
        #expect(t.events.allSatisfy { $0.time.instant?.seconds == 1_709_283_600 })
    }
}
