/// Readers for typed field values: a value of the wrong type is recorded as a problem
/// ("must be a string, not a number") and skipped, so that reading goes on.
extension JSONCursor {
    mutating func report(_ offset: Int, _ path: String, _ message: String) {
        problems.append(PendingProblem(offset: offset, path: path, message: message))
    }

    /// A string; `null` is no value when `nullable`.
    mutating func stringField(
        _ path: @autoclosure () -> String, depth: Int, nullable: Bool = true
    ) throws(SyntaxError) -> StringToken? {
        let k = try kind()
        if k == .string { return try readString() }
        if k == .null && nullable {
            try skipLiteral("null")
            return nil
        }
        try wrongType(path(), expected: "a string", found: k, depth: depth)
        return nil
    }

    /// A boolean; `null` is no value.
    mutating func booleanField(_ path: @autoclosure () -> String, depth: Int) throws(SyntaxError) -> Bool? {
        let k = try kind()
        if k == .boolean { return try readBoolean() }
        if k == .null {
            try skipLiteral("null")
            return nil
        }
        try wrongType(path(), expected: "true or false", found: k, depth: depth)
        return nil
    }

    /// Checks that the value is of kind `wanted`; otherwise records the problem, skips the
    /// value and returns false. `null` is skipped quietly (no value) when `nullable`.
    mutating func expectKind(
        _ wanted: JSONKind, _ path: @autoclosure () -> String, depth: Int, nullable: Bool = true
    ) throws(SyntaxError) -> Bool {
        let k = try kind()
        if k == wanted { return true }
        if k == .null && nullable {
            try skipLiteral("null")
            return false
        }
        try wrongType(path(), expected: wanted.withArticle, found: k, depth: depth)
        return false
    }

    mutating func wrongType(_ path: String, expected: String, found: JSONKind, depth: Int) throws(SyntaxError) {
        report(pos, path, "must be \(expected), not \(found.withArticle)")
        try skipValue(depth: depth)
    }

    /// An array of strings (`tags`, `zones`), each checked; `keep` collects them.
    mutating func stringArray(
        _ path: @autoclosure () -> String, depth: Int, keep: Bool
    ) throws(SyntaxError) -> [StringToken] {
        guard try expectKind(.array, path(), depth: depth) else { return [] }
        var out: [StringToken] = []
        guard try beginArray(depth: depth) else { return out }
        var i = 0
        repeat {
            if let t = try stringField("\(path())[\(i)]", depth: depth + 1, nullable: false), keep {
                out.append(t)
            }
            i += 1
        } while try nextElement()
        return out
    }
}
