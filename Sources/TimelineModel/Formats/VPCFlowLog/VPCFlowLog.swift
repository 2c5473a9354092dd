/// AWS VPC flow logs: one record a flow seen on a network interface over an aggregation
/// window, `start` and `end` in epoch seconds (AWS's documentation), as the text files
/// delivered to S3 write them (`version account-id interface-id srcaddr dstaddr srcport
/// dstport protocol packets bytes start end action log-status`, a header line, then
/// one space-separated record a line) or as JSON (the same names, one object a record).
/// Each record is a span from `start` to `end`; its title says who talked to whom
/// (`172.31.16.139:20641 → 172.31.16.21:22 TCP ACCEPT`), its action is the kind, its
/// source address the actor. A `NODATA` or `SKIPDATA` record (`-` for the addresses) is
/// titled by its status.
enum VPCFlowLog {
    /// Names IANA gives the protocol numbers flow logs write most.
    static let protocols = ["1": "ICMP", "6": "TCP", "17": "UDP", "47": "GRE", "50": "ESP", "58": "ICMPv6", "132": "SCTP"]

    /// The header line of the default format, or a custom one: it names at least these.
    static let signs = ["srcaddr", "dstaddr", "start", "end", "action"]

    static func isHeader(_ names: [String]) -> Bool {
        signs.allSatisfy(names.contains)
    }

    /// The writer `JSONLogReader.map` reads a record with.
    static let writer = LogWriter(note: "AWS VPC flow log: start and end in epoch seconds", timeField: "start", unit: .s,
                                  kindFields: ["action", "log-status"], actorFields: ["srcaddr"], endField: "end", vpcFlow: true)

    /// `172.31.16.139:20641 → 172.31.16.21:22 TCP ACCEPT`.
    static func title(_ record: Record) -> String? {
        func text(_ name: String) -> String? {
            guard let v = record.field(name)?.value.text, !v.isEmpty, v != "-" else { return nil }
            return v
        }
        guard let from = text("srcaddr"), let to = text("dstaddr") else {
            return text("log-status").map { "no flow data (\($0))" }
        }
        func end(_ host: String, _ port: String?) -> String {
            let h = host.contains(":") ? "[" + host + "]" : host
            return port.map { h + ":" + $0 } ?? h
        }
        let proto = text("protocol").map { protocols[$0] ?? "protocol " + $0 }
        return ([end(from, text("srcport")) + " → " + end(to, text("dstport")), proto, text("action")].compactMap { $0 })
            .joined(separator: " ")
    }
}

extension InputFormat {
    /// AWS VPC flow logs as text (see `VPCFlowLog`); their JSON form is a JSON Lines log.
    static let vpcFlowLog = InputFormat.records(
        name: "vpc-flow-log", title: "AWS VPC flow log",
        declines: { sample in
            VPCFlowLog.isHeader(sample.firstLine.split(separator: " ").map(String.init)) ? nil
                : "the first line is not a flow log's header (version account-id interface-id srcaddr dstaddr … start end action)"
        },
        reader: { bytes, file, options in
            var reader = RecordReader.csv(bytes, file: file, listed: VPCFlowLog.signs + ["srcport", "dstport", "protocol", "log-status"],
                                          separator: 0x20) { record, reading in
                JSONLogReader.map(record, writer: VPCFlowLog.writer, file: file, options: options, into: &reading)
            }
            reader.note = "start and end in epoch seconds"
            return reader
        })
}
