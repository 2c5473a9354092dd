import Foundation
import Testing
@testable import TimelineModel

/// The AWS CLI's CloudWatch Logs output (`aws logs get-log-events`, `filter-log-events`),
/// from the CLI's own examples: `timestamp` is milliseconds since 1970 UTC as AWS documents
/// it, the message the title, everything else kept.
@Suite struct CloudWatchReadingTests {
    typealias F = FormatFixtures

    @Test func getLogEventsOutput() throws {
        let t = try F.load("cloudwatch/get-log-events.json")
        #expect(t.inputFormat == "CloudWatch Logs events")
        #expect(t.events.count == 3)
        // "timestamp": 1433190184356 is 2015-06-01T20:23:04.356Z; the same event ingested twice stays twice.
        #expect(t.events.map(\.title) == ["Example Event 1", "Example Event 1", "Example Event 2"])
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown("Example Event 1", in: utc)! == ("Monday 1 June 2015", "20:23:04.356"))
        #expect(F.shown("Example Event 2", in: utc)! == ("Monday 1 June 2015", "20:23:04.358"))
        #expect(F.shown("Example Event 2", in: F.exportLines(t, zone: "America/Denver"))! == ("Monday 1 June 2015", "14:23:04.358"))
        #expect(t.events[0].extraFields == [ExtraField(name: "ingestionTime", json: "1433190494190")])
    }

    @Test func filterLogEventsOutput() throws {
        let t = try F.load("cloudwatch/filter-log-events.json")
        #expect(t.events.count == 2)
        let dublin = F.exportLines(t, zone: "Europe/Dublin")
        #expect(F.shown("Test MESSAGE1", in: F.exportLines(t, zone: "UTC"))! == ("Monday 8 April 2024", "09:17:23.827"))
        #expect(F.shown("Test MESSAGE1", in: dublin)! == ("Monday 8 April 2024", "10:17:23.827"))
        #expect(F.shown("Test MESSAGE2", in: dublin)! == ("Monday 8 April 2024", "10:21:08.991"))
        // The stream is where the event was read, not who did it: kept, no actor made up.
        #expect(t.events.allSatisfy { $0.actor == nil })
        #expect(t.events[1].extraFields.map(\.name) == ["logStreamName", "ingestionTime", "eventId"])
    }

    @Test func aTimestampThatIsNotMillisecondsIsRefusedWithItsPlace() {
        let text = #"{"events": [{"timestamp": "2024-04-08T09:17:23Z", "message": "x", "ingestionTime": 1}]}"#
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "cw.json")
            Issue.record("read")
        } catch {
            #expect(error.problems.map(\.description) == [#"cw.json:1:27: events[0].timestamp: "2024-04-08T09:17:23Z" is not a whole number of milliseconds since 1970"#])
        }
    }
}
