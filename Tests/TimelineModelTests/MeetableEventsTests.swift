import Testing
@testable import TimelineModel

/// The duplicate check reads only the titles of events another file can meet in time
/// (`MeetableEvents`): never one the rule could fold, and the merge the same as when every
/// title is read.
@Suite struct MeetableEventsTests {
    /// Three files of random times at every precision (dates, months and years when
    /// `coarse`, else a date or so a file; minutes, hours, spans, five offsets), over `days`
    /// days: spread, many events meet no other file's.
    static func files(seed start: UInt64, spread days: Int, coarse: Bool = true) throws -> [MergeInput] {
        var seed = start
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let titles = ["Deploy", "deploy ", "DEPLOY", "Rollback  started", "rollback started", "Page"]
        let offsets = ["Z", "-05:00", "+05:30", "+13:00", "-11:00"]
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var files: [MergeInput] = []
        for f in 0..<3 {
            var events: [String] = []
            for k in 0..<150 {
                let day = 1 + next(days)
                let (hour, minute, second) = (next(24), next(60), next(60))
                let clock = "2020-01-\(pad(day))T\(pad(hour)):\(pad(minute))"
                let time: String
                var extra = ""
                switch coarse ? next(24) : (next(150) == 0 ? 0 : 2 + next(22)) {
                case 0: time = "2020-01-\(pad(day))"
                case 1: time = next(4) == 0 ? "2020-02" : "2020"
                case 2: time = "\(clock)\(offsets[next(offsets.count)])"
                case 3:
                    time = "\(clock):\(pad(second))\(offsets[next(offsets.count)])"
                    extra = #", "precision": "\#(["minute", "hour", "day"][next(coarse ? 3 : 2)])""#
                case 4 where hour < 23:
                    time = "\(clock):\(pad(second))Z"
                    extra = #", "end": "2020-01-\#(pad(day))T\#(pad(hour + 1)):30Z""#
                case 5:
                    time = "\(clock):\(pad(second))Z"
                    extra = #", "approximate": true, "precision": "minute""#
                default: time = "\(clock):\(pad(second)).\(next(1000))\(offsets[next(offsets.count)])"
                }
                events.append(#"{"id": "f\#(f)-\#(k)", "time": "\#(time)"\#(extra), "title": "\#(titles[next(titles.count)])"}"#)
            }
            let timeline = try MergeTests.ours("f\(f)", zone: ["UTC", "America/New_York", "Asia/Tokyo"][f], events.joined(separator: ",\n"))
            files.append(MergeInput(label: "f\(f)", timeline: timeline))
        }
        return files
    }

    /// What the merge reads before the titles: each file's stamps and the merged order.
    static func meetable(_ inputs: [MergeInput]) -> (MeetableEvents, MergedOrder, [MergeFacts]) {
        let parts = inputs.map(\.timeline.events)
        let facts = inputs.map { MergeFacts($0.timeline, ids: nil, titles: SeededHash(), titlesLater: true) }
        let order = MergedOrder(parts: parts, replaced: parts.map { _ in [:] })
        let meetable = MeetableEvents(entries: order.entries, instants: order.instants, parts: parts, facts: facts)
        return (meetable, order, facts)
    }

    @Test(arguments: [(2, true), (9, true), (9, false), (28, false)]) func noEventTheRuleCouldFoldIsLeftOut(days: Int, coarse: Bool) throws {
        let seed = UInt64.random(in: 1...UInt64.max)
        let inputs = try Self.files(seed: seed, spread: days, coarse: coarse)
        let (meetable, _, _) = Self.meetable(inputs)
        let home = try #require(Zone(identifier: inputs[0].timeline.timezone))
        let events = inputs.map { Array($0.timeline.events) }
        let zones = inputs.map { input in
            input.timeline.events.map { e -> Zone in
                // A file's dates are days of its own zone in a merge.
                guard e.time.writtenPeriod != nil else { return home }
                return Zone(identifier: input.timeline.timezone) ?? home
            }
        }
        var pairs = 0
        for a in 0..<events.count {
            for b in (a + 1)..<events.count {
                for (i, ea) in events[a].enumerated() {
                    for (j, eb) in events[b].enumerated()
                    where SameHappening.sameTime(ea, in: zones[a][i], eb, in: zones[b][j]) {
                        pairs += 1
                        #expect(meetable.positions?[a].contains(i) ?? true, "seed \(seed): \(ea.id) meets \(eb.id)")
                        #expect(meetable.positions?[b].contains(j) ?? true, "seed \(seed): \(eb.id) meets \(ea.id)")
                    }
                }
            }
        }
        #expect(pairs > 0, "seed \(seed)")
        // A month or a year meets every event of a file near it; without them, many are alone.
        if days > 20 { #expect(meetable.count < events.reduce(0) { $0 + $1.count } * 9 / 10, "seed \(seed): many titles are not read") }
    }

    /// The merge that reads only the meetable events' titles folds what the one reading every
    /// title folds.
    @Test(arguments: [(2, true), (9, true), (9, false), (28, false)]) func theMergeIsTheSameAsWhenEveryTitleIsRead(days: Int, coarse: Bool) throws {
        let seed = UInt64.random(in: 1...UInt64.max)
        let inputs = try Self.files(seed: seed, spread: days, coarse: coarse)
        let parts = inputs.map(\.timeline.events)
        let hasher = SeededHash()
        let all = inputs.map { MergeFacts($0.timeline, ids: nil, titles: hasher) }
        let (meetable, order, later) = Self.meetable(inputs)
        var some = later
        var memo = TitleKeyMemo()
        for k in some.indices { some[k].keepTitles(of: parts[k].store, hasher: hasher, at: meetable.positions?[k], keys: &memo) }
        let labels = inputs.map(\.label)
        let zones = TimelineMerge.zones(inputs.map { input -> String? in
            Zone.sameDays(input.timeline.timezone, inputs[0].timeline.timezone) ? nil : input.timeline.timezone
        }, home: try #require(Zone(identifier: inputs[0].timeline.timezone)))
        func fold(_ groups: TimelineMerge.TitleGroups) -> [String] {
            var (entries, instants) = (order.entries, order.instants)
            let fold = TimelineMerge.folded(&entries, &instants, groups, parts: parts, labels: labels, dateZones: zones)
            let alsoIn = fold.alsoIn
            return fold.entries.enumerated().map { "\($0.element) \(alsoIn[$0.offset] ?? [])" }
        }
        let everyTitle = fold(TimelineMerge.titleGroups(order.entries, order.instants, facts: all))
        let fewer = TimelineMerge.titleGroups(order.entries, order.instants, facts: some, meetable: meetable.positions)
        #expect(fold(fewer) == everyTitle, "seed \(seed)")
        if days == 2 { #expect(everyTitle.count < order.entries.count, "seed \(seed): some events are folded") }
    }

    /// A day-only event meets every event of its day in another file, however far in time
    /// that file's other events are: its title is read, and the two fold.
    @Test func aDateAndATimeOfItsDayInAnotherFileStillFold() throws {
        let a = try MergeTests.ours("a", zone: "America/New_York", """
            {"id": "early", "time": "2020-01-01T01:00:00-05:00", "title": "Page"},
            {"id": "d", "time": "2020-01-01", "title": "Deploy  web"},
            {"id": "later", "time": "2020-01-09T01:00:00-05:00", "title": "Page"}
            """)
        let b = try MergeTests.ours("b", zone: "UTC", """
            {"id": "far", "time": "2019-12-20T10:00:00Z", "title": "Deploy web"},
            {"id": "t", "time": "2020-01-01T22:10:00-05:00", "title": "deploy WEB"},
            {"id": "h", "time": "2020-01-01T20:00:00Z", "approximate": true, "precision": "hour", "title": "Page"}
            """)
        let inputs = [MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b)]
        let (meetable, _, _) = Self.meetable(inputs)
        // "far", "early" and "later" meet nothing of the other file (the date is in the
        // same file as two of them); the date reaches the rest.
        #expect(meetable.count == 3)
        let positions = try #require(meetable.positions)
        #expect(positions[0].contains(1) && positions[1].contains(1) && positions[1].contains(2))
        // The first listed is kept: 22:10 in New York sorts before the end of that day there.
        let merged = TimelineMerge.merge(inputs)
        #expect(merged.events.map { "\($0.origins.joined(separator: "+")) \($0.id)" } == ["b far", "a early", "b h", "b+a t", "a later"])
    }
}
