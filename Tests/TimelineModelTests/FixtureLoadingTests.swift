import Foundation
import Testing
@testable import TimelineModel

/// The incident fixture through the loader: every event, in the right order.
@Suite struct FixtureLoadingTests {
    static let fixturePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/2017-11-03.json").path

    @Test func loadsTheIncidentInOrder() throws {
        let timeline = try TimelineLoader.load(path: Self.fixturePath)
        #expect(timeline.title == "Eleven minutes without @realDonaldTrump")
        #expect(timeline.timezone == "America/New_York")
        #expect(timeline.zones == ["Europe/Paris"])
        #expect(timeline.events.map(\.id) == [
            "last-tweet-before", "deactivation", "restored", "first-tweet-after",
            "twittergov-human-error", "twittergov-last-day", "trump-rogue-employee",
            "twittergov-safeguards", "nyt-contractor", "duysak-interview",
        ])
    }

    @Test func theOutageIsAnElevenMinuteSpan() throws {
        let timeline = try TimelineLoader.load(path: Self.fixturePath)
        let outage = try #require(timeline.events.first { $0.id == "deactivation" })
        let start = try #require(outage.time.instant)
        let end = try #require(outage.end?.instant)
        #expect(start.seconds(until: end) == 11 * 60)
        #expect(outage.approximate)
        #expect(outage.precision == .minute)
        #expect(outage.text?.contains("« Tous les héros ne portent pas de cape »") == true)
    }

    @Test func dayOnlyEventsComeLastInTheirDay() throws {
        let timeline = try TimelineLoader.load(path: Self.fixturePath)
        let duysak = timeline.events[9]
        #expect(duysak.time == .day(CivilDate(year: 2017, month: 11, day: 29)))
        #expect(duysak.precision == .day)
        // 29 November ends at 05:00 UTC on the 30th in New York (EST, UTC−5).
        let endOfDay = try #require(TimeParser.parse("2017-11-30T05:00:00Z").get().instant)
        #expect(duysak.sortInstant == Instant(seconds: endOfDay.seconds - 1, nanoseconds: 999_999_997))  // months and years sort after
    }

    @Test func exactTimesAndExtraFieldsSurvive() throws {
        let timeline = try TimelineLoader.load(path: Self.fixturePath)
        let first = timeline.events[0]
        #expect(first.time.instant == Instant(seconds: 1_509_662_143, nanoseconds: 905_000_000))
        #expect(first.precision == .exact)
        #expect(first.extraFields == [ExtraField(name: "tweet_id", json: "\"926216279287042048\"")])
        #expect(first.sources.count == 2)
        #expect(first.tags == ["trump", "tweet"])
        let statement = timeline.events[4]
        #expect(statement.quote?.text.contains("@realdonaldtrump’s account") == true)
        #expect(statement.quote?.lang == "en")
    }
}

/// A loaded timeline does not depend on its file any more.
@Suite struct LoadedFileChangesTests {
    @Test func truncatingOrRemovingTheFileAfterLoadingChangesNothing() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-\(UInt64.random(in: 0 ... .max)).json").path
        try FileManager.default.copyItem(atPath: FixtureLoadingTests.fixturePath, toPath: path)
        let timeline = try TimelineLoader.load(path: path)
        // Truncate in place (a mapped file would now crash the process on access), then remove.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.close()
        try FileManager.default.removeItem(atPath: path)
        #expect(timeline.events.count == 10)
        #expect(timeline.events.last?.title == "The worker, Bahtiyar Duysak, speaks to TechCrunch")
        #expect(timeline.events.map(\.id).count == 10)
    }

    @Test func bytesInMemoryLoadLikeAFile() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: FixtureLoadingTests.fixturePath)))
        let timeline = try bytes.withUnsafeBytes { raw throws(LoadFailure) in
            try TimelineLoader.load(bytes: raw, name: "stdin")
        }
        #expect(timeline.events.count == 10)
    }

    @Test func aPipeIsReadToItsEnd() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-\(UInt64.random(in: 0 ... .max)).fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat \"$0\" > \"$1\"", FixtureLoadingTests.fixturePath, fifo]
        try writer.run()
        let timeline = try TimelineLoader.load(path: fifo)
        writer.waitUntilExit()
        #expect(timeline.events.count == 10)
        #expect(timeline.events[0].id == "last-tweet-before")
    }
}
