/// A JSON value as other tools' files hold it, read whole (these files are read once into
/// events; our own format keeps its faster cursor). Objects keep their fields in file
/// order with the byte offset of each value, so a problem can say where it is.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number as written (`1437764461000000`, `1.5e3`): never rounded through a Double.
    case number(String)
    case string(String)
    case array([Member])
    case object([Member])

    /// A field of an object (or an element of an array, with an empty key) and the byte
    /// offset where its value starts.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue
        public var offset: Int
    }

    /// The first field named `key` of an object.
    public subscript(key: String) -> JSONValue? {
        member(key)?.value
    }

    /// The first field named `key` of an object, with its offset.
    public func member(_ key: String) -> Member? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }
    }

    /// The text of a string, or a number as written; nil for other values.
    public var text: String? {
        switch self {
        case .string(let s): s
        case .number(let n): n
        default: nil
        }
    }

    /// The string, when this is one.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The elements, when this is an array.
    public var elements: [Member]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// Compact JSON text of the value (what an extra field keeps).
    public var compactText: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return JSONValue.quoted(s)
        case .array(let a): return "[" + a.map(\.value.compactText).joined(separator: ",") + "]"
        case .object(let o): return "{" + o.map { JSONValue.quoted($0.key) + ":" + $0.value.compactText }.joined(separator: ",") + "}"
        }
    }

    /// `s` as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        // Most text needs no escape: told from its bytes.
        var text = s
        let plain = text.withUTF8 { !$0.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) }
        if plain {
            var out = "\""
            out.reserveCapacity(s.utf8.count + 2)
            out += s
            out += "\""
            return out
        }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
