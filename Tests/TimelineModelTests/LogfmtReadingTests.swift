import Foundation
import Testing
@testable import TimelineModel

/// logfmt logs (logrus, go-kit, Grafana, Loki, Heroku): each line's pairs read as a JSON
/// log line's fields: title from `msg`, kind from `level`, actor from `app`/`service`/
/// `component`/Heroku's source, the rest extra fields; lnav's test file and lines in the
/// writers' documented shapes.
@Suite struct LogfmtReadingTests {
    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func logrusLinesFromLnav() throws {
        let t = try FormatFixtures.load("logfmt/logfile_logfmt.0")
        #expect(t.inputFormat == "logfmt log")
        #expect(t.events.map(\.kind) == ["error", "warning", "info", "info", "error"])
        #expect(t.events[1].title == "Failed to DeletePod in the provider")
        #expect(t.events[3].title == "Pod deleted")
        // `time="2021-09-15T21:17:11.679036Z"`: the µs written, in UTC.
        #expect(export(t).contains("  21:17:11.679036  Pod deleted\n"))
        #expect(t.events[3].extraFields.contains(ExtraField(name: "uid", json: #""be2def59-3a08-42fd-8f84-6f64cfcefa93""#)))
        // `reason=` (empty) is kept as written.
        #expect(t.events[0].extraFields.contains(ExtraField(name: "reason", json: #""""#)))
    }

    @Test func goGrafanaAndLokiLines() throws {
        let t = try FormatFixtures.load("logfmt/go-grafana-loki.logfmt")
        #expect(t.events.map(\.title) == ["deploy started", "slow query", "Failed to send alert", "Loki started"])
        #expect(t.events.map(\.actor) == ["api", "db", "grafana", nil])
        #expect(t.events.map(\.kind) == ["info", "warn", "eror", "info"])
        // Grafana's `t=…+0000`, Loki's nanoseconds: each at the digits written.
        #expect(export(t).contains("  10:00:09       grafana — Failed to send alert\n"))
        #expect(export(t).contains("  10:01:00.386393541  Loki started\n"))
    }

    @Test func herokuRouterLinesAreTitledByTheirRequest() throws {
        let t = try FormatFixtures.load("logfmt/heroku-router.log")
        #expect(t.events.map(\.title) == ["GET / → 200", "Request timeout", "deploy started"])
        #expect(t.events.map(\.actor) == ["heroku[router]", "heroku[router]", "api"])
        #expect(t.events.map(\.kind) == ["info", "error", "info"])
        #expect(t.events[1].extraFields.contains(ExtraField(name: "code", json: #""H12""#)))
    }

    /// A pair's value with no zone is refused, as in any log, with its place and the way out.
    @Test func aTimeWithNoZoneNeedsAssumeZone() throws {
        let bytes = Array("time=\"2024-03-01 10:00:00\" level=info msg=\"deploy started\"\n".utf8)
        do {
            _ = try TimelineLoader.load(bytes: bytes, name: "app.log")
            Issue.record("read a zoneless time")
        } catch {
            #expect(error.problems.map(\.description) == [
                #"app.log:1:1: time "2024-03-01 10:00:00" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
            ])
        }
        var options = ReadOptions()
        options.time.assumedZone = Zone(identifier: "Europe/Paris")
        let t = try TimelineLoader.load(bytes: bytes, name: "app.log", options: options)
        #expect(export(t).contains("  10:00:00       deploy started\n"))
    }

    @Test func aLineThatIsNotLogfmtIsRefusedWithItsPlace() {
        let bytes = Array("time=2024-03-01T10:00:00Z level=info msg=\"ok\"\ntime=2024-03-01T10:00:01Z msg=\"never closed\n".utf8)
        do {
            _ = try TimelineLoader.load(bytes: bytes, name: "app.log")
            Issue.record("read a broken line")
        } catch {
            #expect(error.problems.map(\.description) == [
                "app.log:2:1: not a logfmt line (key=value pairs, a value with spaces in double quotes)",
            ])
        }
    }
}
