import Foundation
import Testing
@testable import TimelineModel

/// Text logs whose lines start with an epoch number: lnav's `logfile_epoch.0`
/// (milliseconds), squid's native `access.log` (seconds and milliseconds after a point), and
/// written lines in every unit and in brackets: each line a UTC instant with the digits
/// written, and a line that starts with a count or a pid no 1970 time.
@Suite struct EpochLineLogTests {
    typealias F = FormatFixtures

    static func load(_ text: String, name: String = "app.log") throws -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name)
    }

    @Test func lnavsEpochLog() throws {
        let t = try F.load("text-log/lnav_epoch.0")
        #expect(t.inputFormat == "text log")
        #expect(t.events.map(\.title) == ["Hello, World!", "Goodbye, World!"])
        // 1428634687123: thirteen digits are milliseconds; three digits shown, no more.
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown("Hello, World!", in: utc)! == ("Friday 10 April 2015", "02:58:07.123"))
        #expect(F.shown("Goodbye, World!", in: F.exportLines(t, zone: "Asia/Tokyo"))! == ("Friday 10 April 2015", "11:58:07.456"))
    }

    @Test func squidsNativeAccessLog() throws {
        let t = try F.load("text-log/squid-access.log")
        #expect(t.events.count == 6)
        #expect(t.events[1].title == "415 10.0.0.38 TCP_MISS/401/401 539 https://registry-1.docker.io/v2/ 34.199.77.19")
        #expect(F.shown("TCP_MISS/401/401", in: F.exportLines(t, zone: "UTC"))! == ("Thursday 25 July 2019", "11:29:48.284"))
        #expect(try FormatDetectionTests.detect(F.bytes("text-log/squid-access.log"), "access.log") == .textLog)
    }

    @Test func everyUnitKeepsItsDigits() throws {
        let t = try Self.load("""
            1509662880 seconds
            1509662881.5 a tenth
            1509662882.123456 six decimals
            1509662883123 milliseconds
            1509662884123456 microseconds
            1509662885123456789 nanoseconds
            [1509662886.250] in brackets
            """)
        let utc = F.exportLines(t, zone: "UTC")
        let shown = ["seconds", "a tenth", "six decimals", "milliseconds", "microseconds", "nanoseconds", "in brackets"]
            .map { F.shown($0, in: utc)!.time }
        #expect(shown == ["22:48:00", "22:48:01.5", "22:48:02.123456", "22:48:03.123", "22:48:04.123456", "22:48:05.123456789", "22:48:06.250"])
        #expect(F.shown("seconds", in: utc)!.day == "Thursday 2 November 2017")
        // The home zone is UTC: every time carries its offset, +00:00.
        #expect(t.timezone == "UTC")
    }

    @Test func aLineThatStartsWithACountIsNoTime() throws {
        // A count, a pid, a number of no unit: the first line is not a log line with a time.
        for text in ["42 requests served\n", "12345 worker started\n", "150966288012 twelve digits\n", "99999999 eight digits\n",
                     "4102444800 the year 2100\n"] {
            #expect(throws: LoadFailure.self, "\(text)") { try Self.load(text) }
        }
        // …and a later line that starts with one continues the event above it.
        let t = try Self.load("1509662880.5 cache warmed\n1024 entries\n")
        #expect(t.events.count == 1)
        #expect(t.events[0].text == "cache warmed\n1024 entries")
    }

    @Test func otherReadersKeepTheirFiles() throws {
        // strace -ttt lines start with an epoch number too: they stay strace's.
        #expect(try FormatDetectionTests.detect(F.bytes("strace/sh-f-ttt-o.txt"), "trace.txt") == .strace)
        let stracettt = Array("1509662880.123456 openat(AT_FDCWD, \"/etc/hosts\", O_RDONLY) = 3\n".utf8)
        #expect(try FormatDetectionTests.detect(stracettt, "trace.txt") == .strace)
        // The kernel's ring buffer counts seconds since boot: no epoch, no 1970.
        #expect(throws: LoadFailure.self) { try Self.load("[    0.000000] Linux version 6.1.0\n[12345.678901] usb 1-1: new device\n") }
    }
}
