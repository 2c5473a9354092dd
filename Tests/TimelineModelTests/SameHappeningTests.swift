import Testing
@testable import TimelineModel

/// The duplicate rule of a merge at every precision: a date is the same happening as any
/// time of its day, month or year (where that time was written), never of the next; and
/// the merge's fast walk folds exactly what the rule read pair by pair folds.
@Suite struct SameHappeningTests {
    static func merged(_ a: Timeline, _ b: Timeline, keep: Bool = false) -> Timeline {
        TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b)], keepDuplicates: keep)
    }

    /// Each event as `origins id`.
    static func shown(_ t: Timeline) -> [String] {
        t.events.map { "\($0.origins.joined(separator: "+")) \($0.id)" }
    }

    @Test func aDateIsTheSameAsATimeOfItsDayWhereThatTimeWasWritten() throws {
        let a = try MergeTests.ours("a", #"{"id": "d", "time": "2020-01-01", "title": "Deploy  web"}"#)
        // 23:30 in New York on 1 January is 2 January in UTC: still the 1st as written.
        let b = try MergeTests.ours("b", #"{"id": "t", "time": "2020-01-01T23:30:00-05:00", "title": "deploy WEB"}"#)
        #expect(Self.shown(Self.merged(a, b)) == ["a+b d"])
        // 00:30 UTC on the 2nd is the next day as written.
        let next = try MergeTests.ours("b", #"{"id": "t", "time": "2020-01-02T00:30:00Z", "title": "Deploy web"}"#)
        #expect(Self.shown(Self.merged(a, next)) == ["a d", "b t"])
    }

    @Test func aMonthOrAYearIsTheSameAsAnyTimeInItEvenWeeksApart() throws {
        // The month sorts at its end, four weeks after the time in it.
        let month = try MergeTests.ours("a", #"{"id": "m", "time": "2020-03", "title": "Audit"}"#)
        let early = try MergeTests.ours("b", #"{"id": "t", "time": "2020-03-02T10:00:00Z", "title": "AUDIT"}"#)
        #expect(Self.shown(Self.merged(month, early)) == ["b+a t"])
        let april = try MergeTests.ours("b", #"{"id": "t", "time": "2020-04-01T00:00:00Z", "title": "Audit"}"#)
        #expect(Self.shown(Self.merged(month, april)) == ["a m", "b t"])
        // A year and a day in it, ten months apart; a time written in the next year is not.
        let year = try MergeTests.ours("a", #"{"id": "y", "time": "2019", "title": "Migration"}"#)
        let day = try MergeTests.ours("b", #"{"id": "d", "time": "2019-02-01", "title": "migration"}"#)
        #expect(Self.shown(Self.merged(year, day)) == ["b+a d"])
        let newYear = try MergeTests.ours("b", #"{"id": "n", "time": "2020-01-01T00:30:00+01:00", "title": "Migration"}"#)
        #expect(Self.shown(Self.merged(year, newYear)) == ["b n", "a y"])
        // An instant stated to the month is read as its month.
        let stated = try MergeTests.ours("b", #"{"id": "s", "time": "2019-06-15T12:00:00Z", "precision": "month", "title": "Review"}"#)
        let june = try MergeTests.ours("a", #"{"id": "j", "time": "2019-06-01T08:00:00Z", "title": "review"}"#)
        #expect(Self.shown(Self.merged(june, stated)) == ["a+b j"])
        #expect(Self.shown(Self.merged(june, stated, keep: true)) == ["a j", "b s"])
    }

    /// One happening in three files, known to the millisecond, the minute and the day, a
    /// span of the same title beside it, and a second event of the same minute in the third
    /// file: the instants meet at the coarser precision and are shown once with the three
    /// files (one event a file); the span and the third file's second event stay.
    @Test func oneHappeningInThreeFilesAtThreePrecisionsIsShownOnce() throws {
        let a = try MergeTests.ours("a", #"{"id": "x", "time": "2020-01-01T10:00:07.250Z", "title": "Failover  started"}"#)
        let b = try MergeTests.ours("b", #"""
            {"id": "y", "time": "2020-01-01T10:00Z", "title": "failover started"},
            {"id": "s", "time": "2020-01-01T10:00:07.250Z", "end": "2020-01-01T10:30Z", "title": "Failover started"}
            """#)
        let c = try MergeTests.ours("c", #"""
            {"id": "w", "time": "2020-01-01T10:00:08Z", "title": "Failover started"},
            {"id": "z", "time": "2020-01-01", "title": "FAILOVER STARTED"}
            """#)
        let inputs = [("a", a), ("b", b), ("c", c)].map { MergeInput(label: $0.0, timeline: $0.1) }
        #expect(Self.shown(TimelineMerge.merge(inputs)) == ["b+a+c y", "b s", "c z"])
        #expect(Self.shown(TimelineMerge.merge(inputs, keepDuplicates: true)) == ["b y", "a x", "b s", "c w", "c z"])
        // Without the minute event, the millisecond and the second differ; the day is the
        // same happening as the first listed of them.
        let noMinute = try MergeTests.ours("b", #"{"id": "s", "time": "2020-01-01T10:00:07.250Z", "end": "2020-01-01T10:30Z", "title": "Failover started"}"#)
        let three = [("a", a), ("b", noMinute), ("c", c)].map { MergeInput(label: $0.0, timeline: $0.1) }
        #expect(Self.shown(TimelineMerge.merge(three)) == ["a+c x", "b s", "c w"])
    }

    /// Titles whose hashes meet (forced here: every title hashed alike) are still compared
    /// as text: only the same title folded is the same happening.
    @Test func titlesWhoseHashesMeetAreComparedAsText() throws {
        let a = try MergeTests.ours("a", #"""
            {"id": "a1", "time": "2020-01-01T10:00:00Z", "title": "Deploy"},
            {"id": "a2", "time": "2020-01-01T10:00:00Z", "title": "Rollback"}
            """#)
        let b = try MergeTests.ours("b", #"""
            {"id": "b1", "time": "2020-01-01T10:00:00Z", "title": "rollback"},
            {"id": "b2", "time": "2020-01-01T10:00:30Z", "precision": "minute", "title": "DEPLOY"}
            """#)
        let parts = [a.events, b.events]
        let hasher = SeededHash()
        var facts = [a, b].map { MergeFacts($0, ids: nil, titles: hasher) }
        for k in facts.indices { facts[k].titleHashes = facts[k].titleHashes.map { _ in 7 } }
        let order = MergedOrder(parts: parts, replaced: [[:], [:]])
        let groups = TimelineMerge.titleGroups(order.entries, order.instants, facts: facts)
        var (entries, instants) = (order.entries, order.instants)
        let fold = TimelineMerge.folded(&entries, &instants, groups, parts: parts, labels: ["a", "b"])
        #expect(fold.entries == [MergedEventStore.pack(part: 0, position: 0), MergedEventStore.pack(part: 0, position: 1)])
        #expect(fold.alsoIn == [0: ["b"], 1: ["b"]])
        // Each kept event holds the other file's own event.
        #expect([0, 1].allSatisfy { fold.copies[$0].count == 1 && fold.copies[$0].first! >> 40 == 1 } && fold.copies[2].isEmpty)
        #expect(Self.shown(Self.merged(a, b)) == ["a+b a1", "a+b a2"])
    }

    /// Numbers drawn from a random seed, said in a failure so that it can be drawn again.
    struct Draws {
        let seed: UInt64
        private var state: UInt64

        init() {
            var generator = SystemRandomNumberGenerator()
            seed = UInt64.random(in: 1...UInt64.max, using: &generator)
            state = seed
        }

        /// A number below `n`.
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// Three files of 120 events each (ids `f0-0` …) at every precision, in several zones,
    /// with titles that fold alike, spans and repeats, drawn by `next` (a number below its
    /// argument).
    static func randomFiles(_ next: (Int) -> Int) throws -> [Timeline] {
        let titles = ["Deploy", "deploy ", "DEPLOY", "Rollback  started", "rollback started", "Page"]
        let offsets = ["Z", "-05:00", "+05:30", "+13:00", "-11:00"]
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var files: [Timeline] = []
        for f in 0..<3 {
            var events: [String] = []
            for k in 0..<120 {
                let day = 1 + next(3)
                let (hour, minute, second) = (next(3) * 10, next(2) * 59, next(2) * 59)
                let clock = "2020-01-\(pad(day))T\(pad(hour)):\(pad(minute))"
                let time: String
                var extra = ""
                switch next(9) {
                case 0: time = "2020-01-\(pad(day))"
                case 1: time = "2020-0\(1 + next(2))"
                case 2: time = next(2) == 0 ? "2020" : "2019"
                case 3: time = "\(clock)\(offsets[next(offsets.count)])"
                case 4: time = "\(clock):\(pad(second)).\(next(2) * 5)\(offsets[next(offsets.count)])"
                case 5:
                    time = "\(clock):\(pad(second))\(offsets[next(offsets.count)])"
                    extra = #", "precision": "\#(["hour", "day", "month"][next(3)])""#
                case 6:
                    time = "\(clock):\(pad(second))Z"
                    extra = #", "end": "2020-01-\#(pad(day))T\#(pad(hour + 1 + next(2))):30Z""#
                default: time = "\(clock):\(pad(second))\(offsets[next(offsets.count)])"
                }
                events.append(#"{"id": "f\#(f)-\#(k)", "time": "\#(time)"\#(extra), "title": "\#(titles[next(titles.count)])"}"#)
            }
            files.append(try MergeTests.ours("f\(f)", zone: ["UTC", "America/New_York", "Asia/Tokyo"][f], events.joined(separator: ",\n")))
        }
        return files
    }

    /// Three files of events at every precision, in several zones, with titles that fold
    /// alike, spans and repeats: the merge keeps what the rule applied to every earlier
    /// kept event keeps (the earliest listed match absorbs, at most one event of a file).
    @Test func theMergeFoldsWhatTheRuleReadPairByPairFolds() throws {
        var draws = Draws()
        let startSeed = draws.seed
        let files = try Self.randomFiles { draws.next($0) }
        let inputs = files.enumerated().map { MergeInput(label: "f\($0.offset)", timeline: $0.element) }
        let all = TimelineMerge.merge(inputs, keepDuplicates: true)
        // The rule, pair by pair, over the events in the merged order (each file's dates in
        // its own zone).
        let home = try #require(Zone(identifier: all.timezone))
        func zone(_ e: Event) -> Zone { SameHappening.zone(of: e, home: home) }
        var kept: [(event: Event, absorbed: [String])] = []
        for e in all.events {
            let match = kept.indices.first { c in
                let k = kept[c]
                return k.event.origins != e.origins && !k.absorbed.contains(e.origins[0])
                    && SameHappening.sameTime(k.event, in: zone(k.event), e, in: zone(e))
                    && FoldedTitleBytes.comparedTitle(k.event.title) == FoldedTitleBytes.comparedTitle(e.title)
            }
            if let match { kept[match].absorbed.append(e.origins[0]) } else { kept.append((e, [])) }
        }
        let expected = kept.map { ([$0.event.origins[0]] + $0.absorbed).joined(separator: "+") + " " + $0.event.id }
        let folded = TimelineMerge.merge(inputs)
        #expect(Self.shown(folded) == expected, "seed \(startSeed)")
        #expect(expected.count < all.events.count, "some events are folded (seed \(startSeed))")
    }

    /// The walk takes the titles of events whose times match as the same and compares them
    /// afterwards, walking again a group where two differ: random files whose title hashes
    /// are forced to meet (every title in one group, or the folds in two or three groups, so
    /// that some groups are walked again and others not) fold as with their own hashes; so
    /// do 70 small files (files beyond the 64th are kept apart from a kept event's bits).
    @Test func groupsWhereTitlesDifferAreWalkedAgainComparingEach() throws {
        var draws = Draws()
        let startSeed = draws.seed
        for _ in 0..<4 {
            try Self.expectForcedGroupsFoldAsOwn(try Self.randomFiles { draws.next($0) }, seed: startSeed)
        }
        for _ in 0..<3 {
            let many = try (0..<70).map { f in
                let events = (0..<4).map { k in
                    let time = [#""time": "2020-01-01T10:00:00Z""#, #""time": "2020-01-01T10:00:30Z", "precision": "minute""#,
                                #""time": "2020-01-01""#][draws.next(3)]
                    return #"{"id": "f\#(f)-\#(k)", \#(time), "title": "\#(["Deploy", "deploy", "Rollback", "Page"][draws.next(4)])"}"#
                }
                return try MergeTests.ours("f\(f)", events.joined(separator: ", "))
            }
            try Self.expectForcedGroupsFoldAsOwn(many, seed: startSeed)
        }
    }

    /// `files` folded with their title hashes forced into one, two or three groups give the
    /// same kept events, files and copies as with their own hashes.
    static func expectForcedGroupsFoldAsOwn(_ files: [Timeline], seed: UInt64) throws {
        let parts = files.map(\.events)
        let home = try #require(Zone(identifier: files[0].timezone))
        let dateZones = TimelineMerge.zones(files.map { Zone.sameDays($0.timezone, files[0].timezone) ? nil : $0.timezone }, home: home)
        let hasher = SeededHash()
        let facts = files.map { MergeFacts($0, ids: nil, titles: hasher) }
        let order = MergedOrder(parts: parts, replaced: parts.map { _ in [:] })
        /// Each kept event (`MergedEventStore.pack`) with the files that also hold it and their events.
        func folded(_ facts: [MergeFacts]) -> [String] {
            let groups = TimelineMerge.titleGroups(order.entries, order.instants, facts: facts)
            var (entries, instants) = (order.entries, order.instants)
            let fold = TimelineMerge.folded(&entries, &instants, groups, parts: parts, labels: files.indices.map { "f\($0)" },
                                            dateZones: dateZones)
            return fold.entries.indices.map { n in
                "\(fold.entries[n]) \(fold.alsoIn[n] ?? []) \(Array(fold.copies[n]))"
            }
        }
        let own = folded(facts)
        #expect(own.count < order.entries.count, "some events are folded (seed \(seed))")
        for groupsMade in [1, 2, 3] {
            var forced = facts
            for k in forced.indices { forced[k].titleHashes = forced[k].titleHashes.map { $0 % UInt64(groupsMade) + 1 } }
            #expect(folded(forced) == own, "\(groupsMade) groups, \(files.count) files (seed \(seed))")
        }
    }

    /// Titles that differ only in accents, punctuation, case or spaces, in three files at
    /// one instant: only those that fold alike (lower case, runs of spaces as one, NFC) are
    /// shown once; `İ` and the Kelvin sign fold as their lower case is written.
    @Test func aMergeFoldsExactlyTheTitlesThatFoldAlike() throws {
        func events(_ file: String, _ titles: [String]) throws -> Timeline {
            let lines = titles.enumerated().map { #"{"id": "\#(file)\#($0.offset + 1)", "time": "2020-01-01T10:00:00Z", "title": "\#($0.element)"}"# }
            return try MergeTests.ours(file, lines.joined(separator: ", "))
        }
        let a = try events("a", ["Database failover STARTED", "Résumé published", "Deploy #42 done ✅", "Café ouvert",
                                 "İstanbul edge down", "\\u212Aelvin alarm", "l’accès rétabli"])
        let b = try events("b", ["database  failover started", "Resume published", "Deploy 42 done ✅", "CAFE\\u0301 OUVERT",
                                 "i\\u0307stanbul edge down", "kelvin alarm", "l'accès rétabli"])
        let c = try events("c", ["Database failover started!", "résumé  PUBLISHED", "Deploy #42 done", "café\\touvert",
                                 "\\u00a0L’ACCÈS\\u2003RÉTABLI "])
        let merged = TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b),
                                          MergeInput(label: "c", timeline: c)])
        let shown = Dictionary(uniqueKeysWithValues: merged.events.map { ($0.id, $0.origins) })
        #expect(shown == ["a1": ["a", "b"], "a2": ["a", "c"], "a3": ["a"], "a4": ["a", "b", "c"], "a5": ["a", "b"],
                          "a6": ["a", "b"], "a7": ["a", "c"], "b2": ["b"], "b3": ["b"], "b7": ["b"], "c1": ["c"], "c3": ["c"]])
    }
}
