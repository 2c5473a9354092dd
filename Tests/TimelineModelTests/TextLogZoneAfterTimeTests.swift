import Testing
@testable import TimelineModel

/// Text logs whose zone follows the time after a space: PostgreSQL's default stderr log
/// (`log_line_prefix = '%m [%p] '`: `2024-09-29 11:00:43.591 UTC [1] LOG: …`), Go's
/// `time.Time.String()` (`… +0100 CET`), offsets (`+0000`, `-05:00`), and abbreviations
/// that mean one offset (`CEST`) — read at their instant, the zone kept out of the title.
/// An abbreviation that names several zones (`IST`) is a zone, never guessed: refused
/// with the way out, read with `--assume-zone`.
@Suite struct TextLogZoneAfterTimeTests {
    typealias F = FormatFixtures

    static func options(zone: String? = nil, year: Int? = nil) -> ReadOptions {
        var time = TimeReading(assumedZone: zone.flatMap { Zone(identifier: $0) })
        time.assumedYear = year
        return ReadOptions(time: time)
    }

    static func load(_ text: String, _ options: ReadOptions = ReadOptions()) throws -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: "z.log", options: options)
    }

    static func problems(_ text: String, _ options: ReadOptions = ReadOptions()) -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "z.log", options: options)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func postgresStderrLogNeedsNoAssumedZone() throws {
        let t = try F.load("text-log/postgres-stderr.log")
        #expect(t.inputFormat == "text log")
        #expect(t.events.map(\.title) == [
            "[1] LOG: starting PostgreSQL 13.16 (Debian 13.16-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit",
            "[1] LOG: database system is ready to accept connections",
            "[71] ERROR: relation \"_prisma_migrations\" does not exist at character 126",
            "[71] STATEMENT: SELECT \"id\", \"checksum\" FROM \"_prisma_migrations\" ORDER BY \"started_at\" ASC",
            "[1] LOG: received fast shutdown request",
        ])
        let lines = F.exportLines(t)
        #expect(lines.contains("Time zone:  UTC (UTC+00:00)"))
        // The message as written (two spaces after `LOG:`) is the text.
        #expect(t.events[1].text == "[1] LOG:  database system is ready to accept connections")
        #expect(F.shown("database system is ready", in: lines)! == ("Sunday 29 September 2024", "11:00:43.621"))
        #expect(F.shown("database system is ready", in: F.exportLines(t, zone: "Asia/Tokyo"))! == ("Sunday 29 September 2024", "20:00:43.621"))
    }

    @Test func offsetsAndAbbreviationsThatMeanOneOffset() throws {
        let t = try F.load("text-log/zone-after-time.log")
        #expect(t.events.map(\.title) == ["deploy started", "exim: message accepted", "gmt written after a space", "east: ack",
                                          "summer in Paris"])
        let utc = F.exportLines(t, zone: "UTC")
        // Go's nanoseconds kept; +0100 CET is 11:00 UTC.
        #expect(F.shown("deploy started", in: utc)! == ("Friday 1 March 2024", "11:00:01.123456789"))
        #expect(F.shown("message accepted", in: utc)!.time == "12:00:02")
        #expect(F.shown("east: ack", in: utc)!.time == "17:00:03")
        #expect(F.shown("gmt written", in: utc)!.time == "12:00:04.5")
        #expect(F.shown("summer in Paris", in: utc)! == ("Monday 1 July 2024", "10:00:05"))
    }

    @Test func anAbbreviationOfSeveralZonesIsNeverGuessed() throws {
        let log = "2024-03-01 12:00:01 IST payment api down\n2024-03-01 12:00:09 IST payment api up\n"
        #expect(Self.problems(log) == [
            "z.log:1:1: time \"2024-03-01 12:00:01 IST\" is in IST, an abbreviation that names several zones (with different offsets); add --assume-zone with the zone the writer used",
            "z.log:2:1: time \"2024-03-01 12:00:09 IST\" is in IST, an abbreviation that names several zones (with different offsets); add --assume-zone with the zone the writer used",
        ])
        let t = try Self.load(log, Self.options(zone: "Asia/Kolkata"))
        #expect(t.events.map(\.title) == ["payment api down", "payment api up"])
        #expect(F.shown("payment api down", in: F.exportLines(t, zone: "UTC"))!.time == "06:30:01")
    }

    @Test func aWordAfterAZonelessTimeStaysInTheTitle() throws {
        let log = "2024-03-01 12:00:01 INFO started\n"
        #expect(Self.problems(log) == [
            "z.log:1:1: time \"2024-03-01 12:00:01\" has no zone; add --assume-zone UTC (or the zone the writer used)",
        ])
        let t = try Self.load(log, Self.options(zone: "UTC"))
        #expect(t.events.map(\.title) == ["INFO started"])
        // With --assume-zone, a line whose zone follows is read by its own zone, not the assumed one.
        let mixed = try Self.load("2024-03-01 12:00:01 started\n2024-03-01 12:00:02 +0200 ready\n", Self.options(zone: "UTC"))
        #expect(mixed.events.map(\.title) == ["ready", "started"])
        #expect(F.shown("ready", in: F.exportLines(mixed, zone: "UTC"))!.time == "10:00:02")
    }

    @Test func bsdSyslogWithAZoneAfterTheTime() throws {
        let log = "Mar  1 12:00:01 CET myhost sshd[12]: Accepted publickey\nMar  1 12:00:02 myhost cron[7]: job\n"
        // The first line says its zone; the second still needs one.
        #expect(Self.problems(log, Self.options(year: 2024)) == [
            "z.log:2:1: time \"Mar  1 12:00:02\" has no zone; add --assume-zone UTC (or the zone the writer used)",
        ])
        let t = try Self.load(log, Self.options(zone: "UTC", year: 2024))
        #expect(t.events.map(\.actor) == ["sshd", "cron"])
        #expect(t.events.first { $0.actor == "sshd" }!.extraFields.first == ExtraField(name: "host", json: #""myhost""#))
        #expect(F.shown("Accepted publickey", in: F.exportLines(t, zone: "UTC"))!.time == "11:00:01")
        #expect(Self.problems("Mar  1 12:00:01 IST myhost cron: job\n", Self.options(year: 2024)) == [
            "z.log:1:1: time \"Mar  1 12:00:01 IST\" is in IST, an abbreviation that names several zones (with different offsets); add --assume-zone with the zone the writer used",
        ])
    }
}
