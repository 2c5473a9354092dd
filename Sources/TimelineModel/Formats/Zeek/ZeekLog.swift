/// Zeek's logs (`conn.log`, `dns.log`, `http.log`…), as JSON Lines (`LogAscii::use_json=T`)
/// or as Zeek's own TSV (`ZeekTSVReader`): which log a line is in, and what it says in a
/// few words made from its fields, since Zeek writes no message. Every field stays an
/// extra field as written; the title is only a summary of them.
enum ZeekLog {
    /// The logs Zeek and its bundled scripts write, by the name of their file (`conn.log`,
    /// rotated `conn.2020-06-05-14-00-00.log`): a file so named with Zeek's `ts` is Zeek's.
    static let logNames: Set<String> = [
        "conn", "dns", "http", "ssl", "x509", "files", "notice", "weird", "dhcp", "ssh", "smtp", "ftp", "rdp", "rfb",
        "smb_files", "smb_mapping", "dce_rpc", "kerberos", "ntlm", "sip", "snmp", "software", "tunnel", "pe", "intel",
        "signatures", "known_hosts", "known_services", "known_certs", "radius", "mysql", "irc", "modbus", "dnp3", "socks",
        "syslog", "ntp", "quic", "ocsp", "traceroute", "reporter", "stats", "capture_loss", "loaded_scripts",
        "packet_filter", "analyzer", "dpd", "conn_long", "weird_stats", "notice_alarm", "ldap", "ldap_search",
        "websocket", "telemetry", "cluster", "broker", "config", "print", "netcontrol", "openflow", "unified2",
    ]

    /// The log named by a file's name (`logs/conn.2020-06-05-14-00-00.log` → `conn`), if
    /// it is one of Zeek's.
    static func logName(ofFile file: String) -> String? {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let stem = base.split(separator: ".").first.map(String.init), logNames.contains(stem) else { return nil }
        return stem
    }

    /// The log a line is in, told by fields only that log writes, for a line with no
    /// `_path` in a file whose name does not say.
    static func logName(of record: Record) -> String? {
        let has = { (name: String) in record.field(name) != nil }
        if has("conn_state") || has("history") && has("orig_pkts") { return "conn" }
        if has("qtype_name") || has("trans_id") && has("query") { return "dns" }
        if has("trans_depth") && (has("method") || has("status_code")) { return "http" }
        if has("fuid") && (has("mime_type") || has("seen_bytes")) { return "files" }
        if has("note") && has("msg") { return "notice" }
        if has("server_name") && has("version") && has("established") { return "ssl" }
        return nil
    }

    /// What a line of the named log says, in a few words from its fields, or nil when it
    /// has none of them (the usual message fields are tried next, then the connection).
    static func title(_ record: Record, log: String?) -> String? {
        func text(_ name: String) -> String? {
            guard let v = record.field(name)?.value.text, !v.isEmpty else { return nil }
            return v
        }
        func words(_ parts: [String?]) -> String? {
            let kept = parts.compactMap { $0 }
            return kept.isEmpty ? nil : kept.joined(separator: " ")
        }
        switch log {
        case "conn":
            return words([connection(record), text("proto"), text("service"), text("conn_state")])
        case "dns":
            // `testmyids.com A NOERROR → 31.3.245.133`: the question, its answer.
            let answers = record.field("answers")?.value.elements?.compactMap(\.value.text) ?? []
            guard let asked = words([text("query"), text("qtype_name"), text("rcode_name")]) else { return nil }
            return answers.isEmpty ? asked : asked + " → " + answers.joined(separator: ", ")
        case "http":
            return words([text("method"), text("host"), text("uri"), text("status_code"), text("status_msg")])
        case "ssl":
            return words([text("server_name"), text("version")])
        case "files":
            return words([text("source"), text("mime_type"), text("filename")])
        case "notice":
            guard let msg = text("msg") else { return text("note") }
            return text("note").map { $0 + ": " + msg } ?? msg
        case "weird":
            return words([text("name"), text("addl")])
        case "ssh":
            let auth = record.field("auth_success")?.value
            return words([connection(record), text("client"), auth == .bool(true) ? "auth succeeded" : auth == .bool(false) ? "auth failed" : nil])
        case "smtp":
            let to = record.field("rcptto")?.value.elements?.compactMap(\.value.text).joined(separator: ", ")
            return words([text("mailfrom"), to.map { "→ " + $0 }, text("subject")])
        case "ftp":
            return words([text("command"), text("arg"), text("reply_code"), text("reply_msg")])
        case "dhcp":
            return words([text("assigned_addr"), text("mac"), text("host_name")])
        case "kerberos":
            return words([text("request_type"), text("client"), text("service"), text("error_msg")])
        case "ntlm":
            return words([text("domainname").flatMap { d in text("username").map { d + "\\" + $0 } } ?? text("username"), text("hostname")])
        case "x509":
            return text("certificate.subject") ?? record.field("certificate")?.value["subject"]?.text
        case "intel":
            return words([text("seen.indicator"), text("seen.where")])
        case "dpd":
            return words([text("analyzer"), text("failure_reason")])
        case "smb_files":
            return words([text("action"), text("path"), text("name")])
        case "smb_mapping":
            return words([text("path"), text("share_type")])
        case "software":
            return words([text("host"), text("name"), text("unparsed_version")])
        case "known_hosts":
            return text("host")
        case "known_services":
            return words([text("host"), text("port_num"), text("service")])
        case "packet_filter":
            return text("filter")
        default:
            return nil
        }
    }

    /// `192.168.4.76:36844 → 192.168.4.1:53` (`[2001:db8::1]:443` for IPv6), when the line
    /// names both ends of a connection.
    static func connection(_ record: Record) -> String? {
        guard let from = record.field("id.orig_h")?.value.text, let to = record.field("id.resp_h")?.value.text else { return nil }
        func end(_ host: String, _ port: String?) -> String {
            let h = host.contains(":") ? "[" + host + "]" : host
            return port.map { h + ":" + $0 } ?? h
        }
        return end(from, record.field("id.orig_p")?.value.text) + " → " + end(to, record.field("id.resp_p")?.value.text)
    }

    /// The host a line is about: the connection's originator, a notice's source, a
    /// known host or software's host.
    static let actorFields = ["id.orig_h", "src", "host"]
}
