import Testing
@testable import TimelineModel

/// Lanes by file follow the command line, and an event two files hold is marked in both
/// lanes (by actor it stays one). The viewer's `l` and `export --lanes` read this layout.
@Suite struct LaneLayoutTests {
    /// A newsroom's notes given first, then the fixture: the @TwitterGov statement of
    /// 22:00:28.893 is in both.
    static func merged() throws -> Timeline {
        let json = #"""
        {"title": "Newsroom", "timezone": "America/New_York", "events": [
          {"id": "n1", "time": "2017-11-02T19:10-04:00", "actor": "desk", "title": "Desk notices the account is back"},
          {"id": "n2", "time": "2017-11-03T02:00:28.893Z", "actor": "@TwitterGov", "title": "@TwitterGov: it was done by a customer-support employee on their last day"}
        ]}
        """#
        let newsroom = try TimelineLoader.load(bytes: Array(json.utf8), name: "newsroom.json")
        let fixture = try TimelineLoader.load(path: FixtureLoadingTests.fixturePath)
        return TimelineMerge.merge([MergeInput(label: "newsroom", timeline: newsroom),
                                    MergeInput(label: "2017-11-03", timeline: fixture)])
    }

    @Test func lanesByFileFollowTheCommandLineNotFirstAppearance() throws {
        let t = try Self.merged()
        let all = Array(0..<t.events.count)
        // The fixture's event comes first in time, yet the newsroom was named first.
        #expect(t.events[0].origins == ["2017-11-03"])
        #expect(LaneLayout(events: t.events, indices: all, by: .source, order: t.origins).names == ["newsroom", "2017-11-03"])
        // Filtered to the fixture's events: only its lane.
        let fixtureOnly = all.filter { t.events[$0].origins == ["2017-11-03"] }
        #expect(LaneLayout(events: t.events, indices: fixtureOnly, by: .source, order: t.origins).names == ["2017-11-03"])
    }

    @Test func anEventInTwoFilesIsMarkedInBothLanesByFileOnly() throws {
        let t = try Self.merged()
        let all = Array(0..<t.events.count)
        let k = try #require(all.firstIndex { t.events[$0].origins.count == 2 })
        let byFile = LaneLayout(events: t.events, indices: all, by: .source, order: t.origins)
        #expect(byFile.marks(k, in: 0) && byFile.marks(k, in: 1))
        let others = all.filter { $0 != k }
        #expect(others.allSatisfy { !(byFile.marks($0, in: 0) && byFile.marks($0, in: 1)) })
        let byActor = LaneLayout(events: t.events, indices: all, by: .actor, order: t.origins)
        #expect(byActor.alsoIn[k].isEmpty)
        #expect(byActor.names.filter { $0 == "@TwitterGov" }.count == 1)
    }

    @Test func theLanesExportMarksTheDuplicateInBothColumns() throws {
        let t = try Self.merged()
        let text = LaneText(view: ExportView(timeline: t, zone: .utc, width: 100), grouping: .source).text()
        let lines = text.split(separator: "\n").map(String.init)
        // Named as the viewer names them (`files:`, "Lanes by file").
        #expect(lines[2] == "Lanes by file, times in UTC")
        let header = try #require(lines.first { $0.contains("newsroom") && $0.contains("2017-11-03") })
        #expect(header.range(of: "newsroom")!.lowerBound < header.range(of: "2017-11-03")!.lowerBound)
        let row = try #require(lines.first { $0.hasPrefix("02:00:28.893") })
        #expect(row.components(separatedBy: "● @TwitterGov: it was done").count == 3)
        #expect(row.contains("|"))
    }

    /// A log with as many actors as lines (an access log's clients) gives the busiest lanes
    /// side by side and one last column for the rest, each event there named by its lane:
    /// lines of a readable width, every event still written, and no column per actor
    /// (100k actors once asked for 27 GB).
    @Test func manyActorsShareTheLastColumnAndNoEventIsLeftOut() throws {
        var lines = ["{\"title\": \"Clients\", \"timezone\": \"UTC\", \"events\": ["]
        var events: [String] = []
        // `busy` acts every tenth minute; each other minute a new client.
        for m in 0..<60 {
            let actor = m % 10 == 0 ? "busy" : "client-\(m)"
            events.append("{\"id\": \"e\(m)\", \"time\": \"2023-11-14T10:\(m < 10 ? "0" : "")\(m)Z\", \"actor\": \"\(actor)\", \"title\": \"request \(m)\"}")
        }
        lines.append(events.joined(separator: ",\n"))
        lines.append("]}")
        let t = try TimelineLoader.load(bytes: Array(lines.joined(separator: "\n").utf8), name: "clients.json")
        for width: Int? in [80, 200, nil] {
            let text = LaneText(view: ExportView(timeline: t, zone: .utc, width: width), grouping: .actor).text()
            let rows = text.split(separator: "\n").map(String.init)
            let header = try #require(rows.first { $0.contains(" more") })
            let columns = header.split(separator: "|").count
            let most = width.map { max(LaneText.fewestKept, ($0 - 12 - 2) / 15) } ?? 2 * LaneText.fewestKept
            #expect(columns == most)
            // 55 actors: the busiest kept (`busy` with six events), the rest counted.
            #expect(header.contains("busy"))
            #expect(header.contains("+\(55 - (most - 1)) more"))
            // Every event has its row and its mark (titles are cut to the lane's width).
            #expect(rows.filter { $0.hasPrefix("10:") }.count == 60)
            #expect(rows.filter { $0.hasPrefix("10:") && $0.contains("● ") }.count == 60)
            // In the last column an event says whose it is.
            if width == nil { #expect(text.contains("● client-59: request 59")) }
            #expect(rows.contains { $0.hasPrefix("10:59") && $0.contains("● client-5") })
            let longest = rows.map { DisplayWidth.of($0) }.max() ?? 0
            // As wide as the width asks, or the fewest lanes kept at their narrowest; 24
            // columns a lane unwrapped.
            #expect(longest <= (width.map { max($0, 12 + 1 + LaneText.fewestKept * 15) } ?? 12 + 1 + most * 27))
        }
    }
}
