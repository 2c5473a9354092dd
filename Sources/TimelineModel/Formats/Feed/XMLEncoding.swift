/// The bytes of an XML file in UTF-8, as the tokenizer reads them: a file whose XML
/// declaration names ISO-8859-1 (Latin-1) or windows-1252, as older news feeds do, is
/// turned into UTF-8 first, one character for each byte, so that lines and columns stay
/// those of the file. UTF-8 (or no declaration) is read as it is; any other encoding is
/// refused with the way out.
enum XMLEncoding {
    /// windows-1252's characters for the bytes 0x80–0x9F (nil: not assigned).
    private static let windows1252: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// The encoding named in the XML declaration (`<?xml version="1.0" encoding="…"?>`), in
    /// lower case; nil when there is none.
    static func declared(_ bytes: [UInt8]) -> String? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard bytes[start...].starts(with: Array("<?xml".utf8)) else { return nil }
        let end = bytes[start...].prefix(200).firstIndex(of: 0x3E) ?? min(bytes.count, start + 200)
        let decl = String(decoding: bytes[start..<end], as: UTF8.self)
        guard let r = decl.range(of: "encoding") else { return nil }
        let rest = decl[r.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
    }

    /// `bytes` in UTF-8, or why they cannot be.
    static func utf8(_ bytes: [UInt8]) -> Result<[UInt8], XMLTokenizer.Failure> {
        guard let name = declared(bytes) else { return .success(bytes) }
        switch name {
        case "utf-8", "utf8", "us-ascii", "ascii":
            return .success(bytes)
        case "iso-8859-1", "latin1", "latin-1", "iso_8859-1", "windows-1252", "cp1252":
            // A feed that says Latin-1 but is valid UTF-8 was mislabelled by its server's
            // template (Latin-1 text past ASCII is almost never valid UTF-8).
            if bytes.withUnsafeBufferPointer({ String.checkedUTF8($0).valid }) { return .success(bytes) }
            let table = name.hasPrefix("windows") || name == "cp1252"
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for b in bytes {
                if b < 0x80 { out.append(b); continue }
                var v = UInt32(b)
                if table, b < 0xA0 { v = windows1252[Int(b - 0x80)] ?? 0xFFFD }
                out.append(contentsOf: String(Character(Unicode.Scalar(v)!)).utf8)
            }
            return .success(out)
        default:
            return .failure(.init(offset: 0, message: "the XML declaration names the encoding \"\(name)\", which timeline-tui does not read; convert the file to UTF-8 (iconv -f \(name) -t UTF-8)"))
        }
    }
}
