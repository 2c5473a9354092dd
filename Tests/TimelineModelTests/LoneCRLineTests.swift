import Testing
@testable import TimelineModel

/// Line numbers in CSV files count lines as an editor, `wc -l` and `grep -n` do: LF and
/// CRLF end a line, a lone CR inside a quoted cell does not (Excel writes a cell's line
/// break as LF; a lone CR there is pasted text). A lone CR that ends a record (an old Mac
/// "CSV (Macintosh)" file, whose every line ends so) is still a line. Both the made-up ids
/// (`file:LINE`) and the problems' places follow.
@Suite struct LoneCRLineTests {
    static func load(_ text: String, name: String) throws -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name)
    }

    static func problems(_ text: String, name: String) -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: name)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func aLoneCRInACellIsNoLine() throws {
        let sheet = "Time,Event\n2024-03-01T12:00:00Z,\"a\rb\"\n2024-03-01T12:00:01Z,second\n2024-03-01T12:00:02Z,third\n"
        #expect(try Self.load(sheet, name: "cr.csv").events.map(\.id) == ["cr:2", "cr:3", "cr:4"])
        #expect(Self.problems(sheet + "bad,fifth\n", name: "cr.csv") == [
            "cr.csv:5:1: Time \"bad\" is not a time timeline-tui reads; write ISO 8601 such as 2024-03-01 10:00:00Z",
        ])
        let sketch = "message,datetime,timestamp_desc\n\"a\rb\",2024-03-01T12:00:00Z,x\nc,2024-03-01T12:00:01Z,x\n"
        #expect(try Self.load(sketch, name: "ts.csv").events.map(\.id) == ["ts:2", "ts:3"])
        #expect(Self.problems(sketch + "d,bad,x\n", name: "ts.csv") == [
            "ts.csv:4:3: datetime \"bad\" is not a time; expected ISO 8601 such as 2015-07-24T19:01:01+00:00",
        ])
    }

    @Test func crlfInACellIsOneLineAndOldMacFilesStillCount() throws {
        let crlf = "Time,Event\r\n2024-03-01T12:00:00Z,\"a\r\nb\"\r\n2024-03-01T12:00:01Z,second\r\n"
        #expect(try Self.load(crlf, name: "w.csv").events.map(\.id) == ["w:2", "w:4"])
        let mac = "Time,Event\r2024-03-01T12:00:00Z,one\r2024-03-01T12:00:01Z,two\r"
        #expect(try Self.load(mac, name: "mac.csv").events.map(\.id) == ["mac:2", "mac:3"])
        #expect(Self.problems(mac + "bad,x\r", name: "mac.csv") == [
            "mac.csv:4:1: Time \"bad\" is not a time timeline-tui reads; write ISO 8601 such as 2024-03-01 10:00:00Z",
        ])
    }
}
