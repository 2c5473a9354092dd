import Foundation
import Testing
@testable import TimelineModel

/// Text logs that open with lines carrying no time (a program's banner, a header block, the
/// end of a stack trace cut by rotation): taken when the timed lines clearly dominate, the
/// leading lines left out with one warning at their place, never dated; untimed lines after
/// a timed one still join its text.
@Suite struct TextLogBannerTests {
    static func load(_ text: String, name: String = "app.log", format: InputFormat? = nil) throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name, format: format)
    }

    static func problems(_ text: String, format: InputFormat? = nil) -> [String] {
        do throws(LoadFailure) {
            _ = try load(text, format: format)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func aBannerIsLeftOutWithOneWarningAtItsPlace() throws {
        let t = try Self.load("""
            === started ===
            version 1.2.3 (build 77)

            2024-03-01T10:00:00Z boot
            2024-03-01T10:00:05Z ready
              listening on :8080
            2024-03-01T10:01:00Z first request

            """)
        #expect(t.inputFormat == "text log")
        #expect(t.events.map(\.title) == ["boot", "ready", "first request"])
        #expect(t.events.map(\.id) == ["app:4", "app:5", "app:7"])
        #expect(t.events[1].text == "ready\n  listening on :8080")
        #expect(t.warnings.map(\.description) == [
            "app.log:1:1: lines 1–2 carry no time (a banner or header before the first line with a time, line 4): left out",
        ])
        // No event has a time the file did not write.
        #expect(!t.events.contains { $0.title.contains("started") || $0.title.contains("version") })
    }

    /// Spring Boot's banner (its ASCII art and version line) before its log lines.
    @Test func springBootsBannerAndLog() throws {
        let banner = #"""

              .   ____          _            __ _ _
             /\\ / ___'_ __ _ _(_)_ __  __ _ \ \ \ \
            ( ( )\___ | '_ | '_| | '_ \/ _` | \ \ \ \
             \\/  ___)| |_)| | | | | || (_| |  ) ) ) )
              '  |____| .__|_| |_|_| |_\__, | / / / /
             =========|_|==============|___/=/_/_/_/
             :: Spring Boot ::                (v3.2.0)

            """#
        let lines = (0..<8).map { "2024-03-01T10:00:0\($0).123+01:00  INFO 4242 --- [main] c.e.demo.DemoApplication : step \($0)" }
        let t = try Self.load(banner + lines.joined(separator: "\n") + "\n")
        #expect(t.events.count == 8)
        #expect(t.events.first?.title.hasPrefix("INFO 4242 --- [main]") == true)
        #expect(t.warnings.map(\.description) == [
            "app.log:2:1: lines 2–8 carry no time (a banner or header before the first line with a time, line 9): left out",
        ])
        #expect(t.timezone == "UTC+01:00")
    }

    /// A log rotated in the middle of a stack trace: the trace's end opens the next file.
    @Test func theEndOfAStackTraceBeforeTheFirstLine() throws {
        let text = """
            \tat org.example.Worker.run(Worker.java:42)
            \tat java.base/java.lang.Thread.run(Thread.java:833)
            2024-03-01 10:00:00,001 ERROR [pool-1] Worker failed
            java.lang.IllegalStateException: closed
            \tat org.example.Worker.step(Worker.java:17)
            2024-03-01 10:00:01,002 INFO [pool-1] Worker restarted
            2024-03-01 10:00:02,003 INFO [pool-1] Worker idle

            """
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "app.log",
                                        options: ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "UTC"))))
        #expect(t.events.map(\.title) == ["ERROR [pool-1] Worker failed", "INFO [pool-1] Worker restarted", "INFO [pool-1] Worker idle"])
        #expect(t.events[0].text == "ERROR [pool-1] Worker failed\njava.lang.IllegalStateException: closed\n\tat org.example.Worker.step(Worker.java:17)")
        #expect(t.warnings.map(\.message) == ["lines 1–2 carry no time (a banner or header before the first line with a time, line 3): left out"])
    }

    @Test func zonelessLinesAfterABannerAreStillRefusedWithTheWayOut() {
        let problems = Self.problems("""
            *** log opened ***
            2024-03-01 10:00:00 boot
            2024-03-01 10:00:05 ready

            """)
        // Refused at the first timed line; the banner's warning is listed with it.
        #expect(problems.first == "app.log:1:1: line 1 carries no time (a banner or header before the first line with a time, line 2): left out")
        #expect(problems.dropFirst().first?.hasPrefix(#"app.log:2:1: time "2024-03-01 10:00:00" has no zone; add --assume-zone"#) == true)
    }

    /// A text with a time here and there is no log: too few of its first lines start with
    /// a time for the lines before the first to be a banner; the refusal says so.
    @Test func timedLinesThatDoNotDominateAreRefused() {
        let problems = Self.problems("""
            Meeting notes
            We talked about the outage.
            Nobody knew when it started.
            2024-03-01T10:00:00Z is when the first alert fired

            """)
        #expect(problems.contains {
            $0.hasSuffix("; line 4 is the first that does, and only 1 of the first 4 lines do, too few for the 3 before it to be a banner")
        })
        // Named as a text log, it is one: the lines before are left out, said once.
        let named = try? Self.load("Meeting notes\n2024-03-01T10:00:00Z alert\n", format: .textLog)
        #expect(named?.events.map(\.title) == ["alert"])
        #expect(named?.warnings.map(\.message) == ["line 1 carries no time (a banner or header before the first line with a time, line 2): left out"])
        // No line with a time at all: refused, never dated.
        #expect(Self.problems("just\nwords\n", format: .textLog) == ["app.log:1:1: the log's first line does not start with a time, nor does any line after it"])
    }
}
