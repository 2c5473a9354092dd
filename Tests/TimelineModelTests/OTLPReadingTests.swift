import Foundation
import Testing
@testable import TimelineModel

/// OpenTelemetry OTLP JSON: the protocol's own examples (`examples/logs.json`,
/// `examples/trace.json`), the specification's file-exporter lines (older names:
/// `instrumentationLibraryLogs`, `logs`) and a Collector `file` exporter's output: each log
/// record at its nanoseconds in UTC, each span from its start to its end, the service the actor.
@Suite struct OTLPReadingTests {
    typealias F = FormatFixtures

    static func problems(_ text: String, name: String = "otel.json") -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: name)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func theProtocolsLogExample() throws {
        let t = try F.load("otlp/logs.json")
        #expect(t.inputFormat == "OpenTelemetry OTLP JSON (logs)")
        #expect(t.events.count == 1)
        let e = t.events[0]
        #expect(e.title == "Example log record")
        #expect(e.actor == "my.service")
        #expect(e.kind == "Information")
        // 1544712660300000000 ns: every digit written is kept, no more.
        #expect(F.shown("Example log record", in: F.exportLines(t, zone: "UTC"))! == ("Thursday 13 December 2018", "14:51:00.300000000"))
        #expect(e.extraFields == [
            ExtraField(name: "scope", json: #""my.library""#),
            ExtraField(name: "traceId", json: #""5B8EFFF798038103D269B633813FC60C""#),
            ExtraField(name: "spanId", json: #""EEE19B7EC3C1B174""#),
            ExtraField(name: "string.attribute", json: #""some string""#),
            ExtraField(name: "boolean.attribute", json: "true"),
            ExtraField(name: "int.attribute", json: "10"),
            ExtraField(name: "double.attribute", json: "637.704"),
            ExtraField(name: "array.attribute", json: #"["many","values"]"#),
            ExtraField(name: "map.attribute", json: #"{"some.map.key":"some value"}"#),
        ])
    }

    @Test func theProtocolsTraceExampleIsASpan() throws {
        let t = try F.load("otlp/trace.json")
        #expect(t.inputFormat == "OpenTelemetry OTLP JSON (traces)")
        let e = try #require(t.events.first)
        #expect(e.title == "I'm a server span" && e.kind == "span" && e.actor == "my.service")
        #expect(e.end != nil)
        #expect(e.extraFields.prefix(2) == [ExtraField(name: "spanKind", json: #""server""#), ExtraField(name: "scope", json: #""my.library""#)])
        let text = F.text(t, zone: "Asia/Tokyo")
        #expect(text.contains("Thursday 13 December 2018\n"), "\(text)")
        #expect(text.contains("23:51:00.000000000"), "\(text)")
    }

    @Test func theFileExportersLinesWithOlderNames() throws {
        let logs = try F.load("otlp/file-exporter-logs.jsonl")
        #expect(logs.events.count == 4)
        #expect(Set(logs.events.map(\.title)) == ["This is a log message", "something happened"])
        #expect(logs.events.allSatisfy { $0.kind == "Info" && $0.actor == nil })
        // Two records on one line: both read, each its own id.
        #expect(Set(logs.events.map(\.id)).count == 4)
        let traces = try F.load("otlp/file-exporter-traces.jsonl")
        // Two spans and two span events a line.
        #expect(traces.events.count == 8)
        let failed = traces.events.filter { $0.kind == "error" }
        #expect(failed.count == 2 && failed.allSatisfy { $0.title == "operationA (error: status-cancelled)" })
        #expect(traces.events.filter { $0.kind == "span event" }.map(\.title).sorted() == ["event", "event", "event-with-attr", "event-with-attr"])
        #expect(F.shown("event-with-attr", in: F.exportLines(traces, zone: "UTC"))! == ("Tuesday 11 February 2020", "20:26:13.000000123"))
    }

    @Test func aCollectorFileExport() throws {
        let t = try F.load("otlp/collector-file-export.jsonl")
        #expect(t.inputFormat == "OpenTelemetry OTLP JSON (logs and traces)")
        #expect(t.events.allSatisfy { $0.actor == "checkout" })
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown("payment accepted", in: utc)! == ("Tuesday 14 November 2023", "22:13:20.123456789"))
        // timeUnixNano "0" is unknown: the collector's observed time is the time.
        #expect(F.shown("card processor timed out", in: utc)! == ("Tuesday 14 November 2023", "22:13:22.500000000"))
        let timedOut = try #require(t.events.first { $0.title == "card processor timed out" })
        #expect(timedOut.kind == "ERROR" && timedOut.text == "card processor timed out\nretrying in 2s")
        // A body that is a map is shown as JSON; severity 13 is WARN.
        let queue = try #require(t.events.first { $0.kind == "WARN" })
        #expect(queue.title == #"{"event":"queue.full","depth":500}"#)
        let checkout = try #require(t.events.first { $0.title.hasPrefix("POST /checkout") })
        #expect(checkout.title == "POST /checkout (error: card processor did not answer)" && checkout.kind == "error")
        let exception = try #require(t.events.first { $0.kind == "span event" })
        #expect(exception.title == "exception TimeoutError: card processor did not answer")
        #expect(exception.text?.contains("File \"app.py\", line 42") == true)
        #expect(exception.extraFields.contains(ExtraField(name: "spanId", json: #""00f067aa0ba902b7""#)))
        #expect(t.events.first { $0.title == "SELECT orders" }?.kind == "span")
    }

    @Test func theFilesGoToThisReader() throws {
        for name in ["otlp/logs.json", "otlp/trace.json", "otlp/file-exporter-logs.jsonl", "otlp/collector-file-export.jsonl"] {
            #expect(try FormatDetectionTests.detect(F.bytes(name), name) == .otlpJSON, "\(name)")
        }
        let metrics = #"{"resourceMetrics":[{"resource":{},"scopeMetrics":[]}]}"#
        let problems = Self.problems(metrics)
        #expect(problems.contains("otel.json: not OpenTelemetry OTLP JSON: OTLP metrics (resourceMetrics) are measurements, not events"), "\(problems)")
    }

    @Test func aTimeThatIsNotNanosecondsIsRefusedWithItsPlace() {
        let text = """
        {"resourceLogs":[{"scopeLogs":[{"logRecords":[
          {"timeUnixNano":"2024-04-08T09:17:23Z","body":{"stringValue":"x"}},
          {"body":{"stringValue":"no time"}},
          {"timeUnixNano":"1712567843000000000","body":{"stringValue":"fine"}}]}]}]}
        """
        #expect(Self.problems(text) == [
            #"otel.json:2:19: resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano: "2024-04-08T09:17:23Z" is not a time in nanoseconds since 1970 (a whole number)"#,
            "otel.json:3:3: resourceLogs[0].scopeLogs[0].logRecords[1]: no time: timeUnixNano and observedTimeUnixNano are missing or 0",
        ])
    }

    @Test func hostileFilesAreRefusedNotCrashed() {
        // A cut last line (the exporter was still writing), a span without a start, a wrong shape.
        let cut = #"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"timeUnixNano":"1712567843000000000","body":{"stringValue":"a"}}]}]}]}"#
            + "\n" + #"{"resourceLogs":[{"scopeLogs":[{"logRec"#
        #expect(Self.problems(cut) == ["otel.json:2:33: a string is never closed"])
        let noStart = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"x","endTimeUnixNano":"1"}]}]}]}"#
        #expect(Self.problems(noStart) == ["otel.json:1:44: resourceSpans[0].scopeSpans[0].spans[0].startTimeUnixNano: no start: startTimeUnixNano is missing or 0"])
        let shape = #"{"resourceLogs":{"scopeLogs":[]}}"#
        #expect(Self.problems(shape) == ["otel.json:1:17: resourceLogs: expected an array"])
        let negative = #"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"timeUnixNano":-5,"body":{"stringValue":"\u001b[31mred"}}]}]}]}"#
        #expect(Self.problems(negative) == [#"otel.json:1:63: resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano: -5 is not a time in nanoseconds since 1970 (a whole number)"#])
    }

    @Test func controlCharactersInABodyNeverReachTheScreen() throws {
        let text = #"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"timeUnixNano":"1712567843000000000","body":{"stringValue":"\u001b[31mred\u0007"}}]}]}]}"#
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "otel.json")
        let shown = F.text(t, zone: "UTC")
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
