import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// Other tools' record-per-line files are listed from what the first pass kept of each
/// event (`ListedLine`: the title and actor as bytes of the file, the time's written form)
/// instead of reading each record again. On generated Timesketch CSV and JSON Lines logs
/// with varied text (accents, emoji, flags, controls, doubled quotes, escapes, runs of
/// spaces, long and empty messages, offsets, fractions) and on every real fixture, the
/// export, a merge's title bytes and the title-or-actor search shortcut give what reading
/// every event whole gives.
@Suite(.tags(.slow)) struct ListedLineTests {
    static let words = [
        "the", "account", "rétabli", "l’accès", "«", "»", ":", "!", "Renée", "O’Connor", "—", "…", "😀", "👨‍👩‍👧",
        "🇫🇷", "漢字", "e\u{301}t\u{301}e\u{301}", "zero\u{200B}width", "soft\u{AD}hyphen", "no\u{A0}break", "★", "ﬁ",
        "ＡＢ", "https://twitter.com/TwitterGov/status/926216279287042048/with/a/long/path", "État", "ÉTÉ",
    ]

    static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    static func message(_ g: inout SplitMix) -> String {
        var m = (0..<g.below(12)).map { _ in g.pick(words) }.joined(separator: g.below(8) == 0 ? "  " : " ")
        switch g.below(12) {
        case 0: m = " " + m
        case 1: m += "\nsecond line"
        case 2: m = String(repeating: "long words ", count: 25) + m
        case 3: m = ""
        case 4: m += " \u{1B}[31mred"
        case 5: m += " tab\there"
        default: break
        }
        return m
    }

    static func time(_ g: inout SplitMix, csv: Bool) -> String {
        let base = "2017-11-0\(1 + g.below(3))T\(pad(g.below(24))):\(pad(g.below(60)))"
        switch g.below(5) {
        case 0: return base + ":\(pad(g.below(60))).\(g.below(1000))+05:30"
        case 1: return base + "-04:00"
        case 2: return base + ":\(pad(g.below(60)))Z"
        case 3: return csv ? base + ":\(pad(g.below(60))).123456+00:00" : base + ":\(pad(g.below(60))).9Z"
        default: return base + ":\(pad(g.below(60)))+01:00"
        }
    }

    static func csvCell(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static let timesketchCSV: [UInt8] = {
        var g = SplitMix(seed: 10)
        var s = "message,datetime,timestamp_desc,tag,note\n"
        for i in 0..<1500 {
            var m = message(&g)
            if g.below(10) == 0 { m += " \"quoted\"" }
            let cell = g.below(3) == 0 && !m.isEmpty && !m.contains(where: { ",\"\n\r".contains($0) }) ? m : csvCell(m)
            s += "\(cell),\(time(&g, csv: true)),Event Recorded,\"a,b\",note \(i)\n"
        }
        return Array(s.utf8)
    }()

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\u{1B}": out += "\\u001b"
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    static let jsonLog: [UInt8] = {
        var g = SplitMix(seed: 11)
        var s = ""
        for i in 0..<1500 {
            var m = jsonString(message(&g))
            if g.below(10) == 0 { m = "\"\\u00e9scaped \(i)\"" }
            let service = g.below(4) == 0 ? "" : g.pick(["api", "édition", "🇫🇷 web", "a  b", "edge \(i % 7)"])
            s += "{\"ts\":\"\(time(&g, csv: false))\",\"level\":\"info\",\"service\":\(jsonString(service)),\"msg\":\(m),\"n\":\(i)}\n"
        }
        return Array(s.utf8)
    }()

    /// The file loaded (events listed from what the first pass kept), and the same events
    /// read whole into an array.
    static func timelines(_ bytes: [UInt8], _ name: String) throws -> (kept: Timeline, whole: Timeline) {
        let kept = try TimelineLoader.load(bytes: bytes, name: name)
        var whole = kept
        whole.events = EventList(Array(kept.events))
        return (kept, whole)
    }

    static let generated: [([UInt8], String)] = [(timesketchCSV, "generated.csv"), (jsonLog, "generated.log.jsonl")]

    @Test(arguments: 0..<2) func theExportIsTheSameAsReadingEveryEventWhole(_ k: Int) throws {
        let (kept, whole) = try Self.timelines(Self.generated[k].0, Self.generated[k].1)
        #expect(kept.events.count == 1500)
        let store = try #require(kept.events.store as? RecordFileStore)
        let usable = kept.events.indices.filter { store.verbatimLine(at: $0).text != nil }.count
        // The shortcut is taken for most events, and not for those it cannot hold.
        #expect(usable > 200 && usable < 1500, "\(usable) of 1500 listed from the first pass")
        for width in [nil, 80, 24] as [Int?] {
            for zone in [nil, Zone(identifier: "Asia/Kolkata")] {
                let options = TextExporter.Options(details: false, width: width)
                let expected = TextExporter(timeline: whole, zone: zone, options: options).export()
                #expect(TextExporter(timeline: kept, zone: zone, options: options).export() == expected,
                        "\(Self.generated[k].1), width \(width ?? 0), zone \(zone?.identifier ?? "file's")")
            }
        }
    }

    @Test(arguments: 0..<2) func listingsAndTitleBytesHoldWhatAWholeReadShows(_ k: Int) throws {
        let (kept, whole) = try Self.timelines(Self.generated[k].0, Self.generated[k].1)
        let store = try #require(kept.events.store as? RecordFileStore)
        for i in kept.events.indices {
            let e = whole.events[i]
            let (event, text) = store.verbatimLine(at: i)
            let (titled, titleBytes) = store.listedTitleBytes(at: i)
            for listed in [event, titled] {
                #expect(listed.time == e.time && listed.end == e.end && listed.precision == e.precision)
                #expect(listed.approximate == e.approximate && listed.sortInstant == e.sortInstant && listed.fileIndex == e.fileIndex)
            }
            #expect((titleBytes.map { String(decoding: $0, as: UTF8.self) } ?? titled.title) == e.title)
            guard let text else { continue }
            #expect(String(decoding: text.title, as: UTF8.self) == e.title)
            #expect(text.actor.map { String(decoding: $0, as: UTF8.self) } == e.actor.flatMap { $0.isEmpty ? nil : $0 })
            #expect(text.titleWidth == DisplayWidth.of(e.title))
        }
    }

    @Test(arguments: 0..<2) func theTitleOrActorShortcutClaimsOnlyMatches(_ k: Int) throws {
        let (kept, whole) = try Self.timelines(Self.generated[k].0, Self.generated[k].1)
        for word in ["e", "the", "a", "etat", "edition", "api", "long", "zzqx", "😀", "renee"] {
            let f = EventFilter(text: word)
            #expect(f.indices(in: kept.events) == whole.events.indices.filter { f.matches(whole.events[$0]) }, "\(word)")
        }
    }

    static let fixtures: [String] = {
        ["jsonl-log", "timesketch", "plaso", "text-log", "cloudwatch"].flatMap { folder -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: FormatFixtures.path(folder))) ?? []
            return names.filter { !$0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    @Test(arguments: fixtures) func realFilesExportAsReadingEveryEventWhole(_ name: String) throws {
        let kept: Timeline
        do { kept = try FormatFixtures.load(name, ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "UTC")))) } catch { return }
        var whole = kept
        whole.events = EventList(Array(kept.events))
        for width in [nil, 40] as [Int?] {
            let options = TextExporter.Options(details: false, width: width)
            #expect(TextExporter(timeline: kept, options: options).export() == TextExporter(timeline: whole, options: options).export(), "\(name)")
        }
    }
}
