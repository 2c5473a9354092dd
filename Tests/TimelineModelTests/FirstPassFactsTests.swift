import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// What our JSON's first pass keeps for a merge (`ReadOptions.merging`, `FirstPassFacts`)
/// is what the merge reads of each event without it, and a merge that uses it says the same.
@Suite struct FirstPassFactsTests {
    /// `count` events of every kind the duplicate rule reads (instants written in several
    /// offsets, to the minute and to the nanosecond, dates, stated precisions, spans), ids
    /// short, long and escaped, titles repeated, unique, escaped and beyond ASCII.
    static func events(_ count: Int, seed: UInt64, from first: Int = 0) -> [String] {
        var r = SplitMix(seed: seed)
        let titles = MergeFastPathTests.titles.filter { !$0.contains(where: \.isNewline) && !$0.allSatisfy(\.isWhitespace) }
            + (0..<40).map { "Deploy of build \($0) to every region" }
        func quoted(_ s: String) -> String {
            String(decoding: try! JSONSerialization.data(withJSONObject: s, options: .fragmentsAllowed), as: UTF8.self)
        }
        return (first..<(first + count)).map { i in
            let id = switch r.below(4) {
            case 0: #""a-long-identifier-of-event-\#(i)""#
            case 1: #""e\u0076-\#(i)""#
            default: #""ev-\#(i)""#
            }
            let (day, hour, minute) = (1 + r.below(28), r.below(24), r.below(60))
            let date = "2017-10-\(day < 10 ? "0" : "")\(day)"
            let clock = "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
            var time = switch r.below(6) {
            case 0: #""time": "\#(date)""#
            case 1: #""time": "\#(date)T\#(clock)Z""#
            case 2: #""time": "\#(date)T\#(clock):07.123456789+05:30""#
            case 3: #""time": "\#(date)T\#(clock):59-04:00", "precision": "hour""#
            case 4: #""time": "\#(date)T\#(clock):00Z", "end": "\#(date)T\#(clock):30Z""#
            default: #""time": "\#(date)T\#(clock):01-04:00""#
            }
            if r.chance(perMille: 50) { time = #""time": "\#(date)", "precision": "month""# }
            let title = switch r.below(5) {
            case 0: quoted("Unique event number \(i), with its own words")
            case 1: #""caf\u00e9 \"quoted\" \\ \#(i % 7)""#
            default: quoted(r.pick(titles))
            }
            let text = "Le compte a été désactivé pendant onze minutes, puis rétabli sans explication (\(i))."
            return #"{"id": \#(id), \#(time), "actor": "Ana Gómez", "title": \#(title), "text": "\#(text)"}"#
        }
    }

    static func load(_ text: String, name: String, merging: MergeReading?) throws -> Timeline {
        var options = ReadOptions()
        options.merging = merging
        return try TimelineLoader.load(bytes: Array(text.utf8), name: name, options: options)
    }

    /// The facts a merge reads of `t`, with `seed`, titles too unless `idsOnly`.
    static func facts(_ t: Timeline, seed: UInt64, idsOnly: Bool = false) -> MergeFacts {
        let hasher = SeededHash(seed: seed)
        return MergeFacts(t, ids: hasher, titles: idsOnly ? nil : hasher)
    }

    /// The facts' id hashes, short ids and times by position (where the first pass kept
    /// them, they are by file index: `MergeFacts.filePositions`).
    static func byPosition(_ f: MergeFacts) -> (hashes: [UInt64], shortIds: [ShortId], stamps: [SameHappening.Stamp]) {
        guard let positions = f.filePositions else { return (f.idHashes, f.shortIds, f.stamps) }
        var (hashes, shortIds, stamps) = (f.idHashes, f.shortIds, f.stamps)
        for (i, p) in positions.enumerated() {
            if !hashes.isEmpty { (hashes[Int(p)], shortIds[Int(p)]) = (f.idHashes[i], f.shortIds[i]) }
            if !stamps.isEmpty { stamps[Int(p)] = f.stamps[i] }
            #expect(f.place(of: Int(p)) == i)
        }
        return (hashes, shortIds, stamps)
    }

    static func expectSame(_ a: MergeFacts, _ b: MergeFacts, _ what: String) {
        let (ia, ib) = (byPosition(a), byPosition(b))
        #expect(ia.hashes == ib.hashes, "\(what): id hashes")
        #expect(ia.shortIds == ib.shortIds, "\(what): short ids")
        #expect(a.titleHashes == b.titleHashes, "\(what): title hashes")
        #expect(ia.stamps == ib.stamps, "\(what): stamps")
    }

    @Test func whatTheFirstPassKeepsIsWhatTheMergeReads() throws {
        try Self.check(count: 200)
    }

    /// JSON Lines and a document of `count` events, each with and without titles, its dates
    /// in its own zone.
    static func check(count: Int) throws {
        let events = Self.events(count, seed: UInt64(count))
        let lines = #"{"title": "t", "timezone": "America/New_York"}"# + "\n" + events.joined(separator: "\n") + "\n"
        let document = #"{"title": "t", "timezone": "America/New_York", "events": ["# + "\n" + events.joined(separator: ",\n") + "\n]}\n"
        if count > 1000 { #expect(lines.utf8.count > TimelineScan.halvesThreshold) }
        for (text, name) in [(lines, "t.jsonl"), (document, "t.json")] {
            let reading = MergeReading()
            let kept = try Self.load(text, name: name, merging: reading)
            let plain = try Self.load(text, name: name, merging: nil)
            let store = try #require(kept.events.store as? JSONEventStore)
            #expect(store.firstPassFacts?.count == count, "\(name): the first pass kept every event's facts")
            #expect((plain.events.store as? JSONEventStore)?.firstPassFacts == nil)
            // The titles read front to back are each event's own.
            var seen = Set<Int>()
            let read = store.eachTitleInFileOrder { p, title in
                var alone: [UInt8] = []
                store.withTitle(at: p) { alone = Array($0) }
                #expect(Array(title) == alone, "\(name): title at \(p)")
                seen.insert(p)
            }
            #expect(read && seen.count == count)
            // Each title's key is its title's as the store gives it.
            let keys = try #require(store.firstPassFacts?.keptTitleKeys)
            #expect(keys.count == count && store.readsTitlesByFileIndex)
            for i in 0..<count {
                store.withTitle(fileIndex: i) { #expect(keys[i] == TitleKey($0, seed: reading.seed), "\(name): key \(i)") }
            }
            // Titles found by their keys (all, or every third event's) hash as the titles read.
            let slowTitles = Self.facts(plain, seed: reading.seed).titleHashes
            for every in [1, 3] {
                var wanted = PositionSet(count: count)
                for p in stride(from: 0, to: count, by: every) { wanted.insert(p) }
                var memo = TitleKeyMemo()
                var keyed = MergeFacts(kept, ids: nil, titles: SeededHash(seed: reading.seed), titlesLater: true)
                keyed.keepTitles(of: store, hasher: SeededHash(seed: reading.seed), at: every == 1 ? nil : wanted, keys: &memo)
                for p in 0..<count {
                    let expected = p % every == 0 ? slowTitles[p] & 0xFFFF_FFFF : 0
                    #expect(keyed.titleHashes[p] == expected, "\(name): title hash at \(p), every \(every)")
                }
            }
            // Without the duplicate check, no key is kept.
            let unkeyed = try Self.load(text, name: name, merging: MergeReading(keysTitles: false))
            #expect((unkeyed.events.store as? JSONEventStore)?.firstPassFacts?.keptTitleKeys == nil)
            #expect((unkeyed.events.store as? JSONEventStore)?.firstPassFacts?.count == count)
            for titles in [true, false] {
                // (A merge reads each file's dates in its own zone: none is placed again.)
                let fast = Self.facts(kept, seed: reading.seed, idsOnly: !titles)
                let slow = Self.facts(plain, seed: reading.seed, idsOnly: !titles)
                #expect(fast.idHashes.count == count)
                // Taken as the first pass kept them, in file order, when that is not the sorted order.
                #expect((fast.filePositions != nil) == ((kept.events.store as? JSONEventStore)?.fileOrder != nil), "\(name)")
                Self.expectSame(fast, slow, "\(name) titles \(titles)")
            }
        }
    }

    /// A merge whose files kept their facts on the first pass lists the same events, with
    /// the same sources, duplicates and prefixed ids, as one that reads them itself.
    @Test func aMergeOfFilesThatKeptTheirFactsIsTheSame() throws {
        let a = Self.events(300, seed: 7)
        let b = Array(Self.events(300, seed: 7).prefix(150)) + Self.events(150, seed: 8, from: 1000)
        let c = Self.events(300, seed: 9, from: 2000)
        for keepDuplicates in [false, true] {
            let reading = MergeReading(keysTitles: !keepDuplicates)
            func merged(_ merging: MergeReading?) throws -> [String] {
                let inputs = try [("a", a), ("b", b), ("c", c)].map { label, events in
                    let text = #"{"title": "\#(label)", "timezone": "Europe/Paris"}"# + "\n" + events.joined(separator: "\n")
                    return MergeInput(label: label, timeline: try Self.load(text, name: label + ".jsonl", merging: merging))
                }
                let t = TimelineMerge.merge(inputs, keepDuplicates: keepDuplicates)
                return t.events.map { "\($0.id) \($0.origins.joined(separator: "+")) \($0.title)" }
            }
            let fast = try merged(reading)
            let slow = try merged(nil)
            #expect(fast == slow)
            // b's first half is a's: shown once each unless kept.
            if keepDuplicates { #expect(fast.count == 900) } else { #expect(fast.count <= 750) }
        }
    }
}
