import Foundation
import Testing
@testable import TimelineModel

/// The access log and logfmt readers walk a line's bytes when its characters are single
/// scalars (`SingleScalarText`): every line of their fixtures, the hostile ones and some
/// made to trip a byte walk gives the same fields, values and columns as the walk over
/// characters, and the fast walk is the one taken for ordinary lines.
@Suite struct LineBytesReadingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func lines(_ names: [String]) throws -> [String] {
        try names.flatMap { name -> [String] in
            let data = try Data(contentsOf: fixtures.appendingPathComponent(name))
            return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
            }
        }
    }

    static let madeLines = [
        #"10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "GET /café?q=« é » HTTP/1.1" 200 12 "https://ex.com/ref" "Mozilla/5.0 障害 ’x’""#,
        "10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] \"GET /e\u{301} HTTP/1.1\" 200 12 \"-\" \"UA\"",
        "10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] \"\u{301}GET / HTTP/1.1\" 200 12 \"-\" \"UA 🇫🇷\"",
        "10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] \"GET / HTTP/1.1\"\u{301} 200 12",
        #"www.example.com:443 10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "GET / HTTP/1.1" 200 12 "-" "UA é""#,
        "\twww.example.com:443  10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] \"GET / HTTP/1.1\" 200 12",
        "  é:1 10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] \"GET / HTTP/1.1\" 200 12",
        #"10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "GET /"x" HTTP/1.1" 200 - "a\"b\\c" "é"#,
        #"10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "GET / HTTP/1.1" 2000 12"#,
        #"10.0.0.1 - - [01/Mar/2024:10:00:00 +0100 "GET / HTTP/1.1" 200 12"#,
        "10.0.0.1\t-\t-\t[01/Mar/2024:10:00:00 +0100]\t\"GET / HTTP/1.1\" 200 12 x\"y",
        #"time=2024-03-01T10:00:00Z level=info msg="request « é » path=\"/x\" \n\t\\ \é" duration=0.4"#,
        #"time=2024-03-01T10:00:00Z level=info msg="障害 ’x’" debug"#,
        "time=2024-03-01T10:00:00Z level=info msg=\"e\u{301}\" x=1",
        "time=2024-03-01T10:00:00Z\u{301} level=info",
        #"time=2024-03-01T10:00:00Z level=info msg="unclosed"#,
        #"time=2024-03-01T10:00:00Z level=in"fo"#,
        #"time=2024-03-01T10:00:00Z a b c"#,
        "\t time=2024-03-01T10:00:00Z \t level=info  msg=x\t",
        #"2024-03-01T10:00:00.123456+00:00 heroku[router]: at=info method=GET path="/" status=200"#,
        "", "   ", "=x y=2 z=3",
    ]

    static func described(_ r: Record?) -> String {
        r.map { "\($0.line) " + $0.fields.map { "\($0.name)|\($0.value)|\($0.place.line):\($0.place.column)" }.joined(separator: " ") } ?? "nil"
    }

    static func described(_ l: LogfmtLine?) -> String {
        l.map { "\($0.leadingTime ?? "-") \($0.source ?? "-") " + $0.pairs.map { "\($0.key)|\($0.value)|\($0.column)" }.joined(separator: " ") } ?? "nil"
    }

    @Test func accessLogBytesReadAsCharacters() throws {
        let lines = try Self.lines(["formats/access-log/apache_access.log", "formats/access-log/logfile_access_log.0",
                                    "formats/access-log/logfile_access_log.1", "formats/access-log/logfile_bad_access_log.0",
                                    "formats/access-log/logfile_shop_access_log.0", "hostile-readers/access-escapes.log",
                                    "hostile-readers/server-apache-escapes.log", "formats/logfmt/heroku-router.log"]) + Self.madeLines
        var fast = 0
        for (n, line) in lines.enumerated() {
            guard let read = AccessLogLine.recordFromBytes(line, number: n + 1) else { continue }
            fast += 1
            #expect(Self.described(read) == Self.described(AccessLogLine.recordByCharacters(line, number: n + 1)), "\(line)")
        }
        #expect(fast >= lines.count - 8)
        #expect(AccessLogLine.recordFromBytes(Self.madeLines[0], number: 1) != nil)
        #expect(AccessLogLine.recordFromBytes(Self.madeLines[1], number: 1) == nil)
    }

    @Test func logfmtBytesReadAsCharacters() throws {
        let lines = try Self.lines(["formats/logfmt/go-grafana-loki.logfmt", "formats/logfmt/heroku-router.log",
                                    "formats/logfmt/logfile_logfmt.0", "hostile-readers/logfmt-escapes.log",
                                    "formats/access-log/apache_access.log"]) + Self.madeLines
        var fast = 0
        for line in lines {
            guard let read = LogfmtLine.fromBytes(line) else { continue }
            fast += 1
            #expect(Self.described(read) == Self.described(LogfmtLine(byCharacters: line)), "\(line)")
        }
        #expect(fast >= 20)
        #expect(LogfmtLine.fromBytes(Self.madeLines[11]) != nil)
        #expect(LogfmtLine.fromBytes(Self.madeLines[13]) == nil)
    }

    @Test func auditdBytesReadAsCharacters() throws {
        let lines = try Self.lines(["formats/auditd/audit_enriched.log", "formats/auditd/rhel-sshd-config.log",
                                    "hostile-readers/auditd-escapes.log"]) + Self.madeLines + [
            #"type=EXECVE msg=audit(1.2:3): argc=3 a0="id" a1='-u é' a2=2F746D702F6D7920646972 proctitle=6964002D75"#,
            "type=USER_AUTH msg=audit(1.2:3): pid=1 msg='op=pubkey acct=\"root\" res=failed' x=\"unclosed",
            "type=CWD msg=audit(1.2:3):  cwd=\"/home/e\u{301}\"", " a b=1", "a=1  b=2 c d=4", "障害=1 x='’'",
        ]
        var fast = 0
        func described(_ p: [(key: String, value: String)]?) -> String {
            p.map { $0.map { "\($0.key)|\($0.value)" }.joined(separator: " ") } ?? "nil"
        }
        for line in lines {
            let pieces = [Substring(line)] + line.split(separator: "): ", maxSplits: 1).dropFirst()
                + line.split(separator: "msg='", maxSplits: 1).dropFirst().map { $0.prefix { $0 != "'" } }
            for piece in pieces {
                guard let read = AuditdLine.pairsFromBytes(piece) else { continue }
                fast += 1
                #expect(described(read) == described(AuditdLine.pairsByCharacters(piece)), "\(piece)")
            }
        }
        #expect(fast >= 20)
        #expect(AuditdLine.pairsFromBytes("a=\"e\u{301}\" b=1") == nil)
    }
}
