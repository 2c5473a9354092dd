import Foundation
import Testing
@testable import TimelineModel

/// Detection by content: each real file goes to its reader; a file two readers could take
/// names both and the option; a file none takes says what each looked for.
@Suite struct FormatDetectionTests {
    typealias F = FormatFixtures

    static func detect(_ bytes: [UInt8], _ name: String) throws(LoadFailure) -> InputFormat {
        try InputFormat.detect(bytes.withUnsafeBytes { FileBytes(copying: $0) }, name: name)
    }

    @Test(arguments: [
        ("timesketch/sigma_events.csv", InputFormat.timesketchCSV),
        ("timesketch/sigma_events.jsonl", .timesketchJSONL),
        ("plaso/dynamic.log", .plasoCSV),
        ("plaso/json_line.log", .plasoJSONL),
        ("plaso/l2tcsv.log", .plasoL2tCSV),
        ("plaso/tln.log", .plasoTLN),
        ("plaso/l2ttln.log", .plasoTLN),
        ("timelinejs/women_in_computing.json", .timelineJS),
        ("timelinejs/women_in_computing.csv", .timelineJSCSV),
        ("jsonl-log/container-json.log", .jsonLog),
        ("jsonl-log/gcp_logging.jsonl", .jsonLog),
        ("text-log/cri.log", .textLog),
        ("text-log/dpkg.log", .textLog),
        ("spreadsheet-csv/firefox-timeline.csv", .spreadsheetCSV),
        ("spreadsheet-csv/soc-timeline.csv", .spreadsheetCSV),
        ("timesketch/csv_timestamp_no_datetime.csv", .timesketchCSV),
        ("access-log/logfile_access_log.0", .accessLog),
        ("access-log/logfile_shop_access_log.0", .accessLog),
        ("logfmt/logfile_logfmt.0", .logfmt),
        ("logfmt/heroku-router.log", .logfmt),
        ("logfmt/go-grafana-loki.logfmt", .logfmt),
        ("auditd/audit_enriched.log", .auditd),
        ("access-log/apache_access.log", .accessLog),
        // A text log whose message holds a pair or two is still a text log.
        ("text-log/zone-after-time.log", .textLog),
        ("text-log/syslog_rsyslog_SyslogProtocol23Format", .textLog),
        ("text-log/postgres-stderr.log", .textLog),
    ])
    func eachFileGoesToItsReader(_ name: String, _ format: InputFormat) throws {
        #expect(try Self.detect(F.bytes(name), name) == format)
    }

    @Test func ourOwnFormatStaysOurs() throws {
        let incident = FixtureLoadingTests.fixturePath
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: incident)))
        #expect(try Self.detect(bytes, incident) == .timelineJSON)
        let jsonl = Array(#"{"id":"a","time":"2017-11-02T18:48-04:00","title":"x"}"#.utf8)
        #expect(try Self.detect(jsonl, "x.jsonl") == .timelineJSON)
        // …and opens exactly as the loader opens it (no "Read as" line in its export).
        let t = try TimelineLoader.load(path: incident)
        #expect(t.inputFormat == nil && t.events.count == 10)
    }

    @Test func aFileTwoReadersCouldTakeNamesBothAndTheOption() {
        // Timesketch JSONL fields on a line that also looks like Plaso's json_line.
        let line = #"{"message":"m","datetime":"2015-07-24T19:01:01+00:00","timestamp_desc":"Write time","date_time":{}}"#
        do throws(LoadFailure) {
            Issue.record("detected \(try Self.detect(Array(line.utf8), "both.jsonl"))")
        } catch {
            #expect(error.description == "both.jsonl: could be Plaso json_line (--input-format plaso-jsonl) or Timesketch JSONL (--input-format timesketch-jsonl); say which with --input-format")
        }
    }

    @Test func aFileNoReaderTakesSaysWhatEachLookedFor() {
        do throws(LoadFailure) {
            Issue.record("detected \(try Self.detect(Array("hello, world\nsecond line\n".utf8), "notes.txt"))")
        } catch {
            let lines = error.problems.map(\.description)
            #expect(lines.first == "notes.txt: is not in a format timeline-tui reads (tried \(InputFormat.all.map(\.title).joined(separator: ", ")))")
            #expect(lines.count == InputFormat.all.count + 1)
            #expect(lines.contains("notes.txt: not Timesketch CSV: no message column"))
            #expect(lines.contains("notes.txt: not spreadsheet CSV: no header naming a time (Time, Date, Timestamp, When…) and an event (Event, Title, Description, What…)"))
            #expect(lines.contains("notes.txt: not text log: the first line does not start with an ISO 8601 time (2019-07-02T13:42:11Z …, or in brackets: [2019-07-02 13:42:11] …), an RFC 5424 syslog header (<165>1 2003-10-11T22:14:15.003Z …), a BSD syslog time (Jan 22 07:52:33 …), a klog header (I0517 15:04:22.619632 1 main.go:12] …), an nginx or Apache error log's time or an epoch number (1509662880.123 …)"))
        }
    }

    @Test func inputFormatForcesAReader() throws {
        // Plaso's dynamic CSV is Timesketch-compatible: forced, it reads as Timesketch.
        let t = try F.load("plaso/dynamic.log", ReadOptions(format: .timesketchCSV))
        #expect(t.inputFormat == "Timesketch CSV" && t.events.count == 20)
    }
}
