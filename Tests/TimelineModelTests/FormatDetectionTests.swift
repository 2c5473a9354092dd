import Foundation
import Testing
@testable import TimelineModel

/// Detection by content: each real file goes to its reader; a file two readers could take
/// names both and the option; a file none takes says what each looked for.
@Suite struct FormatDetectionTests {
    typealias F = FormatFixtures

    @Test(arguments: [
        ("timesketch/sigma_events.csv", InputFormat.timesketchCSV),
        ("timesketch/sigma_events.jsonl", .timesketchJSONL),
        ("plaso/dynamic.log", .plasoCSV),
        ("plaso/json_line.log", .plasoJSONL),
        ("plaso/l2tcsv.log", .plasoL2tCSV),
        ("timelinejs/women_in_computing.json", .timelineJSJSON),
        ("timelinejs/women_in_computing.csv", .timelineJSCSV),
        ("jsonl-log/container-json.log", .jsonLog),
        ("jsonl-log/gcp_logging.jsonl", .jsonLog),
        ("text-log/cri.log", .textLog),
        ("text-log/dpkg.log", .textLog),
    ])
    func eachFileGoesToItsReader(_ name: String, _ format: InputFormat) throws {
        #expect(try InputFormat.detect(F.bytes(name), file: name).get() == format)
    }

    @Test func ourOwnFormatStaysOurs() throws {
        let incident = FixtureLoadingTests.fixturePath
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: incident)))
        #expect(try InputFormat.detect(bytes, file: incident).get() == .timeline)
        let jsonl = Array(#"{"id":"a","time":"2017-11-02T18:48-04:00","title":"x"}"#.utf8)
        #expect(try InputFormat.detect(jsonl, file: "x.jsonl").get() == .timeline)
        // …and opens exactly as the loader opens it (no "Read as" line in its export).
        let t = try InputFormat.load(path: incident)
        #expect(t.inputFormat == nil && t.events.count == 10)
    }

    @Test func aFileTwoReadersCouldTakeNamesBothAndTheOption() {
        // Timesketch JSONL fields on a line that also looks like Plaso's json_line.
        let line = #"{"message":"m","datetime":"2015-07-24T19:01:01+00:00","timestamp_desc":"Write time","date_time":{}}"#
        let result = InputFormat.detect(Array(line.utf8), file: "both.jsonl")
        guard case .failure(let f) = result else { Issue.record("detected \(result)"); return }
        #expect(f.description == "both.jsonl: could be Timesketch JSONL (--input-format timesketch-jsonl) or Plaso json_line (--input-format plaso-jsonl); say which with --input-format")
    }

    @Test func aFileNoReaderTakesSaysWhatEachLookedFor() {
        guard case .failure(let f) = InputFormat.detect(Array("hello, world\nsecond line\n".utf8), file: "notes.txt") else {
            Issue.record("detected"); return
        }
        let message = f.description
        #expect(message.hasPrefix("notes.txt: no reader takes this file; tried timeline: does not start with '{'; timesketch-csv: no message column;"))
        for format in InputFormat.allCases { #expect(message.contains(format.rawValue + ": ")) }
    }

    @Test func inputFormatForcesAReader() throws {
        // Plaso's dynamic CSV is Timesketch-compatible: forced, it reads as Timesketch.
        let t = try F.load("plaso/dynamic.log", ReadOptions(format: .timesketchCSV))
        #expect(t.inputFormat == "Timesketch CSV" && t.events.count == 20)
    }
}
