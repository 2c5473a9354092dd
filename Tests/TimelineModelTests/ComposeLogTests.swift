import Testing
@testable import TimelineModel

/// `docker compose logs` saved to a file (lnav's test output, each line's terminal
/// `ESC[2K` removed as a file written without a terminal has none): with `--timestamps`,
/// each line at Docker's own time (UTC, nanoseconds), the service the actor, the message
/// the title, the services' lines merged in time order; without them, refused with the way
/// out.
@Suite struct ComposeLogTests {
    typealias F = FormatFixtures

    @Test func timestampedLinesAreEventsOfTheirService() throws {
        let t = try F.load("text-log/docker-compose-timestamps.log")
        #expect(t.inputFormat == "text log")
        #expect(t.events.count == 22)
        #expect(Set(t.events.compactMap(\.actor)) == ["web-1", "redis-1"])
        let lines = F.exportLines(t, zone: "UTC")
        // Sorted by time: redis started before the web app, though its lines come after.
        #expect(F.shown("Redis is starting", in: lines)! == ("Thursday 25 April 2024", "05:32:35.019558005"))
        #expect(lines.contains { $0.hasSuffix("web-1 — * Serving Flask app 'app.py'") })
        #expect(lines.firstIndex { $0.contains("Redis is starting") }! < lines.firstIndex { $0.contains("Serving Flask app") }!)
    }

    @Test func linesWithoutTimesAreRefusedWithTheWayOut() {
        let p = F.problems("text-log/docker-compose.log")
        #expect(p.contains(F.path("text-log/docker-compose.log") + ": not text log: its lines are docker compose logs without their times; save them with docker compose logs --timestamps"))
    }
}
