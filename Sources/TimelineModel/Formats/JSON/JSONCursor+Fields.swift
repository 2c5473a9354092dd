/// Readers for typed field values: a value of the wrong type is recorded as a problem
/// ("must be a string, not a number") and skipped, so that reading goes on.
extension JSONCursor {
    mutating func report(_ offset: Int, _ path: String, _ message: String) {
        problems.append(PendingProblem(offset: offset, path: path, message: message))
    }

    /// Reads the string at the cursor, the value at `path`: a warning or an error in its
    /// contents gets that path.
    @inline(__always) mutating func readString(at path: @autoclosure () -> String) throws(SyntaxError) -> StringToken {
        let mark = warnings.count
        let t: StringToken
        do {
            t = try readString()
        } catch {
            throw error.placed(path())
        }
        placeWarnings(since: mark, path())
        return t
    }

    /// Checks and skips the value at the cursor: the value of the field `key` in the object
    /// at `parent`, or the value at `parent` itself (see `readString(at:)`).
    mutating func skipValue(depth: Int, field key: StringToken? = nil, in parent: @autoclosure () -> String) throws(SyntaxError) {
        let mark = warnings.count
        do {
            try skipValue(depth: depth)
        } catch {
            throw error.placed(key.map { fieldPath(parent(), $0) } ?? parent())
        }
        if warnings.count > mark {
            let path = key.map { fieldPath(parent(), $0) } ?? parent()
            placeWarnings(since: mark, path)
        }
    }

    /// Reads `"key" :` in the object at `parent`: a field name's own warnings and errors
    /// get the object's path.
    @inline(__always) mutating func readKey(in parent: @autoclosure () -> String) throws(SyntaxError) -> StringToken {
        let mark = warnings.count
        let key: StringToken
        do {
            key = try readKey()
        } catch {
            throw error.placed(parent())
        }
        placeWarnings(since: mark, parent())
        return key
    }

    /// A string; `null` is no value when `nullable`.
    mutating func stringField(
        _ path: @autoclosure () -> String, depth: Int, nullable: Bool = true
    ) throws(SyntaxError) -> StringToken? {
        let k = try kind()
        if k == .string { return try readString(at: path()) }
        if k == .null && nullable {
            try skipLiteral("null")
            return nil
        }
        try wrongType(path(), expected: "a string", found: k, depth: depth)
        return nil
    }

    /// `stringField` read with `readMeasuredString`: the token and its columns when
    /// `DisplayWidth.simpleWidth` takes it (else -1).
    mutating func measuredStringField(
        _ path: @autoclosure () -> String, depth: Int, nullable: Bool = true
    ) throws(SyntaxError) -> (token: StringToken, simpleColumns: Int)? {
        let k = try kind()
        if k == .string {
            let mark = warnings.count
            let read: (token: StringToken, simpleColumns: Int)
            do {
                read = try readMeasuredString()
            } catch {
                throw error.placed(path())
            }
            placeWarnings(since: mark, path())
            return read
        }
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
        try skipValue(depth: depth, in: path)
    }

    /// An array of strings (`tags`, `zones`), each checked; `keep` collects them.
    mutating func stringArray(
        _ path: @autoclosure () -> String, depth: Int, keep: Bool
    ) throws(SyntaxError) -> [StringToken] {
        var none = NoEventValues()
        return try stringArray(path(), depth: depth, keep: keep, values: &none)
    }

    /// `stringArray`, each string told to `values` as a tag.
    mutating func stringArray<Values: EventValueSink>(
        _ path: @autoclosure () -> String, depth: Int, keep: Bool, values: inout Values
    ) throws(SyntaxError) -> [StringToken] {
        guard try expectKind(.array, path(), depth: depth) else { return [] }
        var out: [StringToken] = []
        guard try beginArray(depth: depth) else { return out }
        var i = 0
        repeat {
            if let t = try valueString("\(path())[\(i)]", depth: depth + 1, nullable: false, measured: values.measuresText) {
                if keep { out.append(t.token) }
                values.value(.tag, t.token, simple: t.simple)
            }
            i += 1
        } while try nextElement()
        return out
    }
}
