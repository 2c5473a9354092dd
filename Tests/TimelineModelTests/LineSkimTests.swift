import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// Access logs, logfmt and auditd are skimmed on the first pass and listed from their lines'
/// bytes (`AccessLogLine.ByteFields`, `LogfmtLine.BytePairs`, `AuditdLine.ByteRecord`). On
/// every line of their fixtures, the hostile ones and lines made to trip a byte walk: the
/// listing's reading of a line (`read` not whole) is the whole reading's but for the extra
/// fields — the same event, problems and warnings — and a file loads with the skim exactly as
/// without it (the same problems and warnings with their places, events, listings, exports).
@Suite struct LineSkimTests {
    typealias Reader = @Sendable (FileBytes, String, ReadOptions) -> RecordReader

    static let formats: [(name: String, reader: Reader)] = [
        ("access-log", { AccessLogLine.reader($0, file: $1, options: $2) }),
        ("logfmt", { LogfmtLog.reader($0, file: $1, options: $2) }),
        ("auditd", { AuditdLine.reader($0, file: $1, options: $2) }),
    ]

    static let fixtureFiles = [
        "formats/access-log/apache_access.log", "formats/access-log/logfile_access_log.0", "formats/access-log/logfile_access_log.1",
        "formats/access-log/logfile_bad_access_log.0", "formats/access-log/logfile_shop_access_log.0",
        "formats/logfmt/go-grafana-loki.logfmt", "formats/logfmt/heroku-router.log", "formats/logfmt/logfile_logfmt.0",
        "formats/auditd/audit_enriched.log", "formats/auditd/rhel-sshd-config.log",
        "hostile-readers/access-escapes.log", "hostile-readers/logfmt-escapes.log", "hostile-readers/auditd-escapes.log",
        "hostile-readers/server-apache-escapes.log",
    ]

    /// Lines each walk must read as the whole reader does, beside `LineBytesReadingTests.madeLines`.
    static let madeLines = [
        #"10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "-" 400 0 "-" "-""#,
        #"- - - [01/Mar/2024:10:00:00 +0000] "" 200 - "" """#,
        #""" - - [01/Mar/2024:10:00:00 +0000] "GET /a  b HTTP/1.1" 301 1"#,
        #"10.0.0.1 - - [31/Feb/2024:10:00:00 +0100] "GET / HTTP/1.1" 200 1"#,
        #"10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "GET /x FTP/1" 200 1"#,
        #"10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "  GET   /x   HTTP/2.0 " 200 1"#,
        #"10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "PROPFIND /x" 207 1"#,
        #"10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "GET /\"q\" HTTP/1.1" 200 1"#,
        "10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] \"\u{16}\u{03}\u{01}\" 400 1",
        "10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] \"GET /\u{1B}]52;c;x\u{07} HTTP/1.1\" 200 1 \"-\" \"\u{1B}[2J\"",
        "10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] \"GET /" + String(repeating: "long/", count: 60) + " HTTP/1.1\" 200 1",
        #"time=2024-03-01T10:00:00Z level=info msg=deploy app=api"#,
        #"time=2024-03-01T10:00:00Z level=info msg="" app=api"#,
        #"time=2024-03-01T10:00:00Z level=info app=api x=1"#,
        #"time=2024-03-01T10:00:00Z level=info MSG="upper" App=api"#,
        #"time=2024-03-01T10:00:00Z Level=info msg="kind in another case" app=api"#,
        #"time=2024-03-01T10:00:00Z level=info msg="x" app="" service=svc"#,
        #"time=2024-03-01T10:00:00Z level=info msg="  two  spaces " app="a\"b""#,
        #"time=2024-03-01T10:00:00Z PRIORITY=3 msg="journald" app=api"#,
        #"time=2024-03-01T10:00:00 level=info msg="no zone" app=api"#,
        #"ts=1700000000 level=info msg="epoch" app=api"#,
        #"time="01/Mar/2024:10:00:00 +0100" msg="common log time" app=api"#,
        #"t=2024-03-01T10:00:00+0100 ts=2024-03-01T11:00:00Z msg="two times" time"#,
        #"time msg=alone level=info ts=2024-03-01T10:00:00Z"#,
        #"time=2024-03-01T10:00:00Z msg="a" msg="b" app=one app=two"#,
        #"time=2024-13-01T10:00:00Z msg="bad month" app=api"#,
        #"time=2024-03-01T10:00:00Z method=GET path="/login" status=503"#,
        #"time=2024-03-01T10:00:00Z message="second name" desc="third" host=h1"#,
        #"type=SYSCALL msg=audit(1364481363.243:24287): arch=c000003e syscall=59 success=yes comm="id" exe="/usr/bin/id" key=(null) auid=4294967295 uid=0"#,
        "type=SYSCALL msg=audit(1364481363.243:24287): syscall=59 comm=\"id\" AUID=unset auid=1000\u{1D}SYSCALL=execve AUID=\"alice\" UID=\"root\"",
        #"type=EXECVE msg=audit(1.5:3): argc=4 a0="sh" a1="-c" a2=6563686F206869 a3=6869"#,
        #"type=EXECVE msg=audit(1.5:3): argc=-1 a0="sh""#,
        #"type=EXECVE msg=audit(1.5:3): argc=3 a0=3F a1=286E756C6C29 a2=FF"#,
        #"type=USER_LOGIN msg=audit(1.5:3): pid=1 msg='op=login acct=756E736574 addr=? res=success'"#,
        #"type=USER_LOGIN msg=audit(1.5:3): pid=1 msg='op=login acct=616C696365 res=success'"#,
        #"type=SYSCALL msg=audit(1.5:3): syscall=59 comm=6D7920200070726F67 exe="/bin/x" success=no"#,
        #"type=USER_AUTH msg=audit(1.5:3): pid=1 msg='op=PAM:auth acct="root" addr=? res=failed' acct=outer"#,
        #"type=USER_CMD msg=audit(1.5:3): pid=1 msg='cwd="/" cmd=7379737465 res=success'"#,
        #"type=USER_CMD msg=audit(1.5:3): pid=1 msg=''"#,
        #"type=PATH msg=audit(1.5:3): item=0 name=(null) objtype=CREATE"#,
        #"type=CWD msg=audit(1.5:3):cwd="/root""#,
        #"type=PROCTITLE msg=audit(1.5.6:3): proctitle=6964"#,
        #"type=PROCTITLE msg=audit(:3): proctitle=6964"#,
        #"type=PROCTITLE msg=audit(1.5:3:4): proctitle=6964"#,
        #"type=PROCTITLE msg=audit(1.5:3 proctitle=6964"#,
        #"type= msg=audit(1.5:3): x=1"#,
        #"type=X msg=audit(1.5:3): a b=1"#,
        "type=X msg=audit(1.5:3): a=1\u{1D}b c",
        "type=X msg=audit(99999999999999999999.5:3): a=1",
        "type=X msg=audit(1.5:3): a=\"e\u{301}\"",
        "  ", "",
    ]

    static func fixtureLines() throws -> [String] {
        try LineBytesReadingTests.lines(fixtureFiles)
    }

    /// Every line, then the same lines with CRLF, a BOM and a line of invalid UTF-8.
    static func file(_ lines: [String], crlf: Bool = false) -> [UInt8] {
        var bytes = Array(lines.joined(separator: crlf ? "\r\n" : "\n").utf8)
        if crlf { bytes = [0xEF, 0xBB, 0xBF] + bytes + Array("\r\n10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] \"GET /\u{FF} HTTP/1.1\" 200 1".utf8) }
        if let at = bytes.lastIndex(of: 0xBF) { bytes[at] = 0x28 }  // invalid UTF-8 (the ÿ)
        return bytes
    }

    static func described(_ r: RecordReading) -> String {
        let d = r.draft.map { d in
            [String(describing: d.id), "\(d.time)", d.timeWritten, String(describing: d.end), String(describing: d.precision),
             "\(d.approximate)", String(describing: d.actor), String(describing: d.kind), d.title, String(describing: d.text),
             "\(d.places)"].joined(separator: "|")
        } ?? "no event"
        return "\(r.next) \(r.nextLine) \(d) \(r.problems.map(\.description)) \(r.warnings.map(\.description))"
    }

    @Test(arguments: [false, true])
    func aListingReadsAsTheWholeReader(_ crlf: Bool) throws {
        let lines = try Self.fixtureLines() + LineBytesReadingTests.madeLines + Self.madeLines
        let file = Self.file(lines, crlf: crlf).withUnsafeBytes { FileBytes(copying: $0) }
        for options in SkimComparison.optionSets {
            for (name, reader) in Self.formats {
                let r = reader(file, "made.log", options)
                var (offset, line, fast) = (r.first.offset, r.first.line, 0)
                while offset < file.count {
                    let listed = r.read(offset, line, false)
                    let whole = r.read(offset, line, true)
                    #expect(Self.described(listed) == Self.described(whole), "\(name) line \(line)")
                    if listed.draft != nil && listed.problems.isEmpty && listed.warnings.isEmpty { fast += 1 }
                    (offset, line) = (whole.next, whole.nextLine)
                }
                #expect(fast > 10, "\(name)")
            }
        }
    }

    /// The files each reader takes: the skim and the whole reader give the same timeline.
    @Test(arguments: [("access-log", ["formats/access-log/apache_access.log", "formats/access-log/logfile_shop_access_log.0",
                                      "formats/access-log/logfile_access_log.1", "hostile-readers/access-escapes.log"]),
                      ("logfmt", ["formats/logfmt/go-grafana-loki.logfmt", "formats/logfmt/heroku-router.log",
                                  "formats/logfmt/logfile_logfmt.0", "hostile-readers/logfmt-escapes.log"]),
                      ("auditd", ["formats/auditd/audit_enriched.log", "formats/auditd/rhel-sshd-config.log",
                                  "hostile-readers/auditd-escapes.log"])])
    func theSkimReadsLikeTheWholeReader(_ format: String, _ files: [String]) throws {
        let reader = try #require(Self.formats.first { $0.name == format }).reader
        let made = Self.madeLines + LineBytesReadingTests.madeLines
        // Each format's fixtures, alone and with the made lines (the file then has problems).
        for lines in [try LineBytesReadingTests.lines(files), try LineBytesReadingTests.lines(files) + made] {
            for crlf in [false, true] {
                for options in SkimComparison.optionSets {
                    let (skimmed, whole, skims) = SkimComparison.loads(Self.file(lines, crlf: crlf), name: "made.log") { reader($0, $1, options) }
                    #expect(skims)
                    try SkimComparison.expectSame(skimmed, whole)
                }
            }
        }
    }

    /// Most lines of each format are skimmed; logfmt's messages and actors are listed as
    /// bytes, an access log's and an audit record's titles and actors made once, as bytes.
    @Test func mostLinesAreSkimmed() throws {
        let firstTitles = [
            "access-log": "GET /wp-content/themes/darkmode/header.php?install2 → 200",
            "logfmt": "error retrieving pod status: pod inc-1-enh-domain-c14-ns-2/hello-inc-1-enh-domain-c14-ns-2-3-d8f465685-k75gp is not found: PodNotFound",
            "auditd": "DEL_USER deleting-user-not-found acct=specimenuser res=failed",
        ]
        for (format, files) in [("access-log", ["formats/access-log/apache_access.log"]), ("logfmt", ["formats/logfmt/logfile_logfmt.0"]),
                                ("auditd", ["formats/auditd/audit_enriched.log"])] {
            let lines = try LineBytesReadingTests.lines(files)
            let file = Self.file(lines).withUnsafeBytes { FileBytes(copying: $0) }
            let reader = try #require(Self.formats.first { $0.name == format }).reader(file, "f.log", ReadOptions())
            let made = MadeTitles()
            let skim: (Int, Int) -> SkimmedRecord?
            if let s = reader.skim {
                skim = s
            } else {
                let making = try #require(reader.skimMaking)
                skim = { making($0, $1, made) }
            }
            let taken = SkimComparison.taken(file, by: skim, made: made)
            #expect(taken.count >= lines.filter { !$0.isEmpty }.count - 1, "\(format)")
            #expect(taken.first?.title == firstTitles[format], "\(format)")
            // Every event is listed from the file's or the made bytes: no record read again.
            let store = try #require(try reader.load(file, file: "f.log").events.store as? RecordFileStore)
            #expect((0..<store.count).filter { store.verbatimLine(at: $0).text == nil }.count <= 1, "\(format)")
        }
        // `--map` reads every line through `JSONLogReader.map`.
        var options = ReadOptions()
        options.map.title = "request"
        let file = Array("x".utf8).withUnsafeBytes { FileBytes(copying: $0) }
        #expect(AccessLogLine.reader(file, file: "f.log", options: options).skim == nil)
        #expect(AccessLogLine.reader(file, file: "f.log", options: options).skimMaking == nil)
        #expect(LogfmtLog.reader(file, file: "f.log", options: options).skim == nil)
    }
}
