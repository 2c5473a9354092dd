import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// What makes merging a million events fast gives the same answers as the plain way: titles
/// folded from bytes, ids compared from the files' bytes, and a merged export's lines
/// copied from the files.
@Suite(.tags(.slow)) struct MergeFastPathTests {
    static let titles = [
        "Database  failover started", "  database failover STARTED ", "ÉTAT du service", "état du service",
        "a\u{00A0}b", "a b", "x \u{301}y", "\u{0600} a", "İstanbul", "\u{212A}elvin", "kelvin", "障害 発生", "« la file d’attente »",
        "tab\tand\nnewline", "👍🏽 ok", "Straße", "ΣΑΣ", "", "   ", "\u{2003}em space", "a\r\nb", "Renée O’Connor  paged",
        "🇫🇷 drapeau", "x\u{200D} y", "caf\u{E9} ", "cafe\u{301} ", "\u{1F3FB} after", "ﾊﾞ ﾊ\u{FF9E}",
        "ŁÓDŹ Ø Nguyễn", "łódź ø nguyễn", "ẞ straße", "ǅ dž Ǆ", "✅ done", "✅\u{FE0F} done", "E\u{301}TAT", "Ő\u{301}",
    ]

    @Test func titlesFoldFromBytesAsFromStrings() {
        var out: [UInt8] = []
        for title in Self.titles {
            var t = title
            let folded = t.withUTF8 { FoldedTitleBytes.fold($0, into: &out) }
            if folded { #expect(out == Array(FoldedTitleBytes.comparedTitle(title).utf8), "\(title.debugDescription)") }
        }
        // The common titles take the fast way; what only Unicode's tables know does not.
        for title in ["Database  failover started", "« la file d’attente »", "障害 発生", "Straße", "👍🏽 ok", "tab\tand\nnewline", "🇫🇷 drapeau",
                      "ÉTAT du service", "ŁÓDŹ Ø Nguyễn", "✅ done"] {
            var t = title
            #expect(t.withUTF8 { FoldedTitleBytes.fold($0, into: &out) }, "\(title)")
        }
        for title in ["a\u{00A0}b", "x \u{301}y", "\u{0600} a", "İstanbul", "\u{212A}elvin"] {
            var t = title
            #expect(!t.withUTF8 { FoldedTitleBytes.fold($0, into: &out) }, "\(title.debugDescription)")
        }
    }

    /// Every scalar of the Latin blocks and the other common ranges, alone, between letters
    /// and after a space: folded from bytes, or left to the `String` fold, never different.
    @Test func everyCommonScalarFoldsFromBytesAsFromStrings() {
        var out: [UInt8] = []
        var fast = 0
        let ranges = [0x80..<0x250, 0x1E00..<0x1F00, 0x2000..<0x2800, 0x3040..<0x3100, 0x1F300..<0x1F400]
        for v in ranges.joined() {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            for title in ["\(scalar)", "A\(scalar)b", "x \(scalar)Y  z"] {
                var t = title
                guard t.withUTF8({ FoldedTitleBytes.fold($0, into: &out) }) else { continue }
                fast += 1
                #expect(out == Array(FoldedTitleBytes.comparedTitle(title).utf8), "\(title.debugDescription)")
            }
        }
        #expect(fast > 3 * 1000)
    }

    /// Titles of words, single and doubled spaces, tabs, capitals, Latin letters, CJK and
    /// emoji at every offset: the eight-bytes-at-a-time fold of ASCII runs writes what the
    /// `String` fold does, and ASCII titles with single spaces never leave the byte fold.
    @Test func titlesFoldEightBytesAtATimeAsFromStrings() {
        var r = SplitMix(seed: 808)
        let pieces = ["a", "Zq", "deploy", "FAILOVER", " ", " ", " ", "  ", "\t", " \n", "é", "É", "’", "障害", "👍🏽", "✅", "42", "(x)", "~", "\u{7F}", "\u{1}"]
        var out: [UInt8] = []
        var plain = 0
        for _ in 0..<6_000 {
            let title = (0..<r.below(24)).map { _ in r.pick(pieces) }.joined()
            var t = title
            let folded = t.withUTF8 { FoldedTitleBytes.fold($0, into: &out) }
            if folded { #expect(out == Array(FoldedTitleBytes.comparedTitle(title).utf8), "\(title.debugDescription)") }
            let single = title.split(separator: " ", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty }
            if title.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F || $0 == 0x20 }), single {
                plain += 1
                #expect(folded, "\(title.debugDescription)")
            }
        }
        #expect(plain > 100)
    }

    @Test func titlesThatFoldAlikeHashAlikeWhicheverWayTheyAreFolded() {
        let hasher = SeededHash()
        var scratch: [UInt8] = []
        func hash(_ s: String) -> UInt64 {
            var t = s
            return t.withUTF8 { MergeFacts.titleHash($0, hasher, &scratch) }
        }
        for a in Self.titles {
            for b in Self.titles {
                let same = SameHappening.foldedTitle(a) == SameHappening.foldedTitle(b)
                #expect((hash(a) == hash(b)) == same, "\(a.debugDescription) \(b.debugDescription)")
            }
        }
    }

    @Test func theSameHappeningIsFoundWhateverTheCaseBeyondASCII() throws {
        let a = try MergeTests.ours("a", #"{"id": "1", "time": "2020-01-01T10:00Z", "title": "ÉTAT  du service : dégradé"}, {"id": "2", "time": "2020-01-01T10:00Z", "title": "état du service : dégradé"}"#)
        let b = try MergeTests.ours("b", #"{"id": "3", "time": "2020-01-01T10:00:30Z", "title": "état du service : DÉGRADÉ"}, {"id": "4", "time": "2020-01-01T10:00:40Z", "title": "\u00e9tat du service : d\u00e9grad\u00e9"}"#)
        let merged = TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b)])
        // Each of a's two events takes one of b's: a file never folds its own events.
        #expect(merged.events.map(\.origins) == [["a", "b"], ["a", "b"]])
        #expect(merged.events.map(\.id) == ["1", "2"])
    }

    @Test func idsWrittenWithEscapesCollideWithTheSameIdsWrittenPlain() throws {
        let a = try MergeTests.ours("a", #"{"id": "deploy", "time": "2020-01-01T10:00Z", "title": "A"}, {"id": "purge", "time": "2020-01-01T10:05Z", "title": "P"}"#)
        let b = try MergeTests.ours("b", #"{"id": "d\u0065ploy", "time": "2020-01-01T10:01Z", "title": "B"}, {"id": "\u00e9t\u00e9", "time": "2020-01-01T10:02Z", "title": "C"}"#)
        let c = try MergeTests.ours("c", #"{"id": "été", "time": "2020-01-01T10:03Z", "title": "D"}"#)
        let merged = TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b), MergeInput(label: "c", timeline: c)])
        #expect(merged.events.map(\.id) == ["a:deploy", "b:deploy", "b:été", "c:été", "purge"])
        // An id filter and a search find the ids as shown; the quick look does not hide them.
        #expect(merged.search("b:dep") == [1])
        #expect(EventFilter(id: "c:été").indices(in: merged.events) == [3])
    }

    /// Ids of up to 15 bytes are compared as kept from the first read, longer ones read
    /// again: either way only the same bytes in two files collide.
    @Test func shortAndLongIdsCollideOnlyWhenTheyAreTheSame() throws {
        let a = try MergeTests.ours("a", #"{"id": "abcdefghijklmno", "time": "2020-01-01T10:00Z", "title": "A"}, {"id": "deploy-2020-01-01-edge-7", "time": "2020-01-01T10:01Z", "title": "B"}, {"id": "x", "time": "2020-01-01T10:02Z", "title": "C"}"#)
        let b = try MergeTests.ours("b", #"{"id": "abcdefghijklmnop", "time": "2020-01-01T10:03Z", "title": "D"}, {"id": "deploy-2020-01-01-edge-7", "time": "2020-01-01T10:04Z", "title": "E"}, {"id": "xx", "time": "2020-01-01T10:05Z", "title": "F"}"#)
        let c = try MergeTests.ours("c", #"{"id": "abcdefghijklmno", "time": "2020-01-01T10:06Z", "title": "G"}, {"id": "deploy-2020-01-01-edge-8", "time": "2020-01-01T10:07Z", "title": "H"}"#)
        let merged = TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b), MergeInput(label: "c", timeline: c)])
        #expect(merged.events.map(\.id) == [
            "a:abcdefghijklmno", "a:deploy-2020-01-01-edge-7", "x", "abcdefghijklmnop", "b:deploy-2020-01-01-edge-7", "xx",
            "c:abcdefghijklmno", "deploy-2020-01-01-edge-8",
        ])
    }

    /// The title the duplicate check compares, read alone (`withTitle`), is the one read
    /// with the time and the event's own: from the file's bytes, with escapes, in memory.
    @Test func aTitleReadAloneIsTheEventsTitle() throws {
        // Titles a file may hold (one line, not empty), and one written with escapes.
        let valid = Self.titles.filter { !$0.contains(where: \.isNewline) && !$0.allSatisfy(\.isWhitespace) }
        let events = valid.enumerated().map { i, title in
            let json = String(decoding: try! JSONSerialization.data(withJSONObject: title, options: .fragmentsAllowed), as: UTF8.self)
            return #"{"id": "t\#(i)", "time": "2020-01-01T10:\#(10 + i % 40)Z", "title": \#(json)}"#
        } + [#"{"id": "esc", "time": "2020-01-01", "title": "caf\u00e9 \"quoted\" \\ back"}"#]
        let loaded = try MergeTests.ours("t", events.joined(separator: ", "))
        // The same titles in a Timesketch CSV (each record's listing kept by the first pass).
        let rows = valid.enumerated().map { i, title in
            "\"\(title.replacingOccurrences(of: "\"", with: "\"\""))\",2020-01-01T10:\(10 + i % 40):00+00:00,Event,\((1_577_872_800 + (10 + i % 40) * 60) * 1_000_000),,c\(i),,,,"
        }
        let csv = try TimelineLoader.load(
            bytes: Array((["message,datetime,timestamp_desc,timestamp,tag,id,actor,kind,text,url"] + rows).joined(separator: "\n").utf8),
            name: "t.csv")
        for timeline in [loaded, Self.inMemory(loaded), csv] {
            let store = timeline.events.store
            for p in 0..<store.count {
                var alone = "", withTime = "", withId = ""
                var stamps: [SameHappening.Stamp] = []
                store.withTitle(at: p) { alone = String(decoding: $0, as: UTF8.self) }
                store.withStampAndTitle(at: p) { stamp, t in
                    withTime = String(decoding: t, as: UTF8.self)
                    stamps.append(stamp)
                }
                store.withIdStampAndTitle(at: p) { id, stamp, t in
                    withId = String(decoding: id, as: UTF8.self)
                    #expect(String(decoding: t, as: UTF8.self) == alone)
                    stamps.append(stamp)
                }
                let event = timeline.events[p]
                #expect(alone == event.title && withTime == alone)
                #expect(withId == event.id)
                #expect(stamps == [SameHappening.Stamp(event), SameHappening.Stamp(event)])
            }
        }
        #expect(csv.inputFormat != nil && csv.events.count == valid.count)
    }

    /// The memo of a file's titles gives each title the hash its fold gives, whether it was
    /// seen before as written, seen in another case, or never; and steps aside for a file
    /// whose titles do not repeat.
    @Test func aTitleSeenBeforeHashesAsItsFold() {
        let hasher = SeededHash()
        var scratch: [UInt8] = []
        func folded(_ title: String) -> UInt64 {
            var t = title
            return t.withUTF8 { MergeFacts.titleHash($0, hasher, &scratch) }
        }
        var memo = TitleHashMemo(hasher: hasher)
        let long = String(repeating: "Long title ", count: 60)
        for round in 0..<3 {
            for title in Self.titles + [long, long.uppercased()] {
                var t = title
                let hash = t.withUTF8 { memo.foldedHash($0, scratch: &scratch) { MergeFacts.titleHash($0, hasher, &$1) } }
                #expect(hash == folded(title), "round \(round): \(title)")
            }
        }
        #expect(memo.isOn)
        var unique = TitleHashMemo(hasher: hasher)
        for k in 0..<20_000 {
            var t = "Event \(k) happened"
            let hash = t.withUTF8 { unique.foldedHash($0, scratch: &scratch) { MergeFacts.titleHash($0, hasher, &$1) } }
            if k % 997 == 0 { #expect(hash == folded("EVENT \(k)  happened")) }
        }
        #expect(!unique.isOn)
    }

    /// The memo's table grows with the titles it keeps (from a few thousand slots): every
    /// title, kept before or after it grew, still gives its fold's hash.
    @Test func aMemoThatGrowsGivesEachTitleItsFoldsHash() {
        let hasher = SeededHash()
        var scratch: [UInt8] = []
        var memo = TitleHashMemo(hasher: hasher)
        let distinct = 9_000
        for round in 0..<3 {
            for k in 0..<distinct {
                // The third round in upper case: found by its bytes only when they are the same.
                var t = round == 2 ? "ÉTAT \(k) DU SERVICE" : "état \(k) du service"
                let hash = t.withUTF8 { memo.foldedHash($0, scratch: &scratch) { MergeFacts.titleHash($0, hasher, &$1) } }
                var f = "état \(k) du service"
                #expect(hash == f.withUTF8 { MergeFacts.titleHash($0, hasher, &scratch) }, "round \(round): \(t)")
            }
        }
        #expect(memo.isOn)
    }

    /// The same timelines held in memory (no verbatim text, no bytes to read).
    static func inMemory(_ t: Timeline) -> Timeline {
        var copy = t
        copy.events = EventList(Array(t.events))
        return copy
    }

    @Test func aMergedExportCopiedFromTheFilesIsTheSameAsOneMadeFromEvents() throws {
        let edge = try MergeTests.ours("edge", #"""
            {"id": "deploy", "time": "2020-01-01T10:00:00Z", "actor": "ci", "title": "Edge deploy of build 4411 to every region, one after another"},
            {"id": "purge", "time": "2020-01-01T10:01Z", "title": "Cache purge « tout » 障害"},
            {"id": "x", "time": "2020-01-01T10:02:00Z", "actor": "on-call", "title": "Failover started"}
            """#)
        let core = try MergeTests.ours("core", zone: "Europe/Paris", #"""
            {"id": "deploy", "time": "2020-01-01T11:00:30+01:00", "actor": "ci", "title": "Core deploy"},
            {"id": "y", "time": "2020-01-01T11:02+01:00", "actor": "on-call", "title": "failover  STARTED"},
            {"id": "z", "time": "2020-01-02", "title": "The day after, with a \"quoted\" word"}
            """#)
        let inputs = [MergeInput(label: "edge", timeline: edge), MergeInput(label: "core", timeline: core)]
        let fromFiles = TimelineMerge.merge(inputs)
        let fromEvents = TimelineMerge.merge(inputs.map { MergeInput(label: $0.label, timeline: Self.inMemory($0.timeline)) })
        #expect(fromFiles.events.count == 5)
        for width in [nil, 30, 50, 80] as [Int?] {
            let options = TextExporter.Options(details: false, width: width)
            let a = TextExporter(timeline: fromFiles, zone: .utc, options: options).text()
            let b = TextExporter(timeline: fromEvents, zone: .utc, options: options).text()
            #expect(a == b)
        }
        let text = TextExporter(timeline: fromFiles, zone: .utc, options: .init(details: false, width: nil)).text()
        #expect(text.contains("[edge] ci — Edge deploy") && text.contains("[core] ci — Core deploy"))
        #expect(text.contains("[edge, core] on-call — Failover started\n"))
    }

    /// Over 32,768 events (the export in pieces on the cores): lines copied from four
    /// files, tagged (a file's own tag, or the files of a happening found in several),
    /// wrapped after their tags and stamped in place are the lines made from the same
    /// events in memory, at every width.
    @Test func aMergedExportInPiecesIsTheSameAsOneMadeFromEvents() throws {
        var inputs = try ["edge", "core", "db"].enumerated().map { k, name in
            MergeInput(label: name, timeline: try Self.generated(name, count: 12_000, shift: k * 13))
        }
        // The first 3,000 of `core`'s happenings again: shown once, tagged by both files.
        inputs.append(MergeInput(label: "mirror", timeline: try Self.generated("core", count: 3_000, shift: 13)))
        let fromFiles = TimelineMerge.merge(inputs)
        let fromEvents = TimelineMerge.merge(inputs.map { MergeInput(label: $0.label, timeline: Self.inMemory($0.timeline)) })
        #expect(ExportPieces(Array(fromFiles.events.indices)).pieces.count > 1)
        for width in [nil, 20, 33, 47, 80] as [Int?] {
            let options = TextExporter.Options(details: false, width: width)
            let a = TextExporter(timeline: fromFiles, zone: .utc, options: options).text()
            #expect(a == TextExporter(timeline: fromEvents, zone: .utc, options: options).text(), "\(width ?? 0)")
            if width == nil { #expect(a.contains("[core] Renée — ") && a.contains("[core, mirror] ")) }
        }
    }

    /// The export's hint that brings a batch's listings near (`touchListed`) reads, file by
    /// file, that file's own events of the batch: the bytes its store reads for them alone.
    @Test func aMergedBatchIsTouchedFileByFile() throws {
        let inputs = try ["edge", "core", "db"].enumerated().map { k, name in
            MergeInput(label: name, timeline: try Self.generated(name, count: 500 + 300 * k, shift: k * 13))
        }
        let merged = TimelineMerge.merge(inputs, keepDuplicates: true)
        let store = try #require(merged.events.store as? MergedEventStore)
        let batch = Array(0..<store.count)[100..<1_200]
        var expected: UInt8 = 0
        for (part, list) in store.parts.enumerated() {
            let mine = batch.map { MergedEventStore.unpack(store.entries[$0]) }.filter { $0.part == part }.map(\.position)
            #expect(!mine.isEmpty)
            expected ^= list.store.touchListed(mine[...])
        }
        #expect(expected != 0)
        #expect(store.touchListed(batch) == expected)
    }

    /// A saved merge read back keeps its own files on each event (`source_files`); merged
    /// again, its lines are tagged by the new merge's files only, whichever way they are
    /// made (copied from the file, a title with an escape the long way, found in both).
    @Test func aSavedMergeMergedAgainIsTaggedByTheNewFiles() throws {
        let saved = try MergeTests.ours("saved", #"""
            {"id": "a", "time": "2020-01-01T10:00:00Z", "actor": "ci", "title": "Edge deploy of build 4411 to every region", "source_files": ["edge", "core"]},
            {"id": "b", "time": "2020-01-01T10:01Z", "title": "A \"quoted\" purge of the cache in every region at once", "source_files": ["edge"]},
            {"id": "c", "time": "2020-01-01T10:02:00Z", "actor": "on-call", "title": "Failover started", "source_files": ["core"]}
            """#)
        let db = try MergeTests.ours("db", #"""
            {"id": "d", "time": "2020-01-01T10:02:00Z", "actor": "on-call", "title": "failover started"},
            {"id": "e", "time": "2020-01-01T10:03Z", "title": "Reads moved to the replica in the other region, then back"}
            """#)
        let inputs = [MergeInput(label: "saved", timeline: saved), MergeInput(label: "db", timeline: db)]
        let fromFiles = TimelineMerge.merge(inputs)
        let fromEvents = TimelineMerge.merge(inputs.map { MergeInput(label: $0.label, timeline: Self.inMemory($0.timeline)) })
        for width in [nil, 30, 50, 80] as [Int?] {
            let options = TextExporter.Options(details: false, width: width)
            #expect(TextExporter(timeline: fromFiles, zone: .utc, options: options).text()
                == TextExporter(timeline: fromEvents, zone: .utc, options: options).text())
        }
        let text = TextExporter(timeline: fromFiles, zone: .utc, options: .init(details: false, width: nil)).text()
        #expect(text.contains("[saved] ci — Edge deploy") && text.contains("[saved] A \"quoted\" purge"))
        #expect(text.contains("[saved, db] on-call — Failover started\n"))
        #expect(!text.contains("edge") && !text.contains("core"))
    }

    @Test func aLabelThatIsNotPlainTextIsWrittenSafely() throws {
        let a = try MergeTests.ours("a", #"{"id": "1", "time": "2020-01-01T10:00Z", "title": "One"}"#)
        let b = try MergeTests.ours("b", #"{"id": "2", "time": "2020-01-01T10:01Z", "title": "Two"}"#)
        let merged = TimelineMerge.merge([MergeInput(label: "a\u{1B}[31m", timeline: a), MergeInput(label: "b", timeline: b)])
        let text = TextExporter(timeline: merged, zone: .utc, options: .init(details: false, width: nil)).text()
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("] One\n") && text.contains("[b] Two\n"))
    }

    /// A file of `count` events in our JSON, some ids shared with the other files.
    static func generated(_ name: String, count: Int, shift: Int) throws -> Timeline {
        let words = ["deploy", "rollback", "page", "Failover", "état", "障害", "cache purge"]
        let events = (0..<count).map { i in
            let id = i % 5 == 0 ? "ev-\(i)" : "\(name)-\(i)"
            let minute = (i * 7 + shift) % 1440
            let time = String(format: "2020-01-01T%02d:%02d:%02dZ", minute / 60, minute % 60, (i + shift) % 60)
            return #"{"id": "\#(id)", "time": "\#(time)", "actor": "\#(["ci", "on-call", "Renée"][i % 3])", "title": "\#(words[i % words.count]) \#(name) \#(i)"}"#
        }
        return try MergeTests.ours(name, events.joined(separator: ",\n"))
    }

    @Test func aMergedSearchFindsWhatTheSameEventsInMemoryFind() throws {
        // Over 20,000 events: the search runs in pieces, in reading order, with the quick look.
        let inputs = try ["edge", "core", "db"].enumerated().map { k, name in
            MergeInput(label: name, timeline: try Self.generated(name, count: 7_000, shift: k * 13))
        }
        let fromFiles = TimelineMerge.merge(inputs, keepDuplicates: true)
        let fromEvents = TimelineMerge.merge(inputs.map { MergeInput(label: $0.label, timeline: Self.inMemory($0.timeline)) },
                                             keepDuplicates: true)
        #expect(fromFiles.events.count == 21_000)
        #expect(fromFiles.events.store.readingOrder != nil)
        let filters = [
            EventFilter(text: "deploy"), EventFilter(text: "edge:ev-10"), EventFilter(text: "ETAT"), EventFilter(text: "障害 core"),
            EventFilter(id: "db:ev-5"), EventFilter(id: "core-"), EventFilter(actor: "renee", source: "core"),
            EventFilter(text: "rollback", source: "db"), EventFilter(source: "edge"),
        ]
        for f in filters {
            let found = f.indices(in: fromFiles.events)
            #expect(found == f.indices(in: fromEvents.events), "\(f)")
            #expect(!found.isEmpty, "\(f)")
        }
        #expect(fromFiles.events.map(\.id) == fromEvents.events.map(\.id))
    }
}
