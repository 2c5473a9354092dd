extension FileSample {
    /// The line and column of the first character that is not white space (after a BOM).
    var firstPlace: SourcePlace {
        var line = 1
        var column = 1
        for b in text.utf8 {
            switch b {
            case 0x0A: (line, column) = (line + 1, 1)
            case 0x20, 0x09, 0x0D: column += 1
            default: return SourcePlace(line: line, column: column)
            }
        }
        return SourcePlace(line: line, column: column)
    }

    /// The names of the fields of the JSON object the sample starts with, in file order,
    /// as far as the sample goes (a document bigger than the sample gives the fields
    /// before the cut); empty when the sample does not start with `{`. Values are skipped
    /// without being parsed, so a document cut mid-value, or broken further on, still
    /// says what it is (`took, timed_out, _shards, hits`: a search response).
    var topLevelKeys: [String] {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count, bytes[i] == 0x7B else { return [] }
        var keys: [String] = []
        var depth = 0
        var expectingKey = false
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x22:
                // A string: a key when it is at the top level where a key goes.
                var j = i + 1
                while j < bytes.count, bytes[j] != 0x22 { j += bytes[j] == 0x5C ? 2 : 1 }
                guard j < bytes.count else { return keys }
                if depth == 1 && expectingKey {
                    var p = JSONValueParser(bytes: Array(bytes[i...j]))
                    if case .string(let key)? = try? p.parseWhole() { keys.append(key) }
                    expectingKey = false
                }
                i = j + 1
                continue
            case 0x7B, 0x5B:
                depth += 1
                expectingKey = depth == 1
            case 0x7D, 0x5D:
                depth -= 1
                if depth == 0 { return keys }
            case 0x2C:
                expectingKey = depth == 1
            default:
                break
            }
            i += 1
        }
        return keys
    }
}
