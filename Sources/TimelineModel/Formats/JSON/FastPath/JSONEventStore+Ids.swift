extension JSONEventStore {
    /// The `id` of the event at `position` as the event gives it, read without decoding the
    /// rest of the event ("" when it has none): following a file checks the ids of new
    /// lines against a million of these.
    func id(at position: Int) -> String {
        let record = records[position]
        var c = JSONCursor(base: bytes.base, start: record.offset, end: bytes.count, endName: "file")
        c.trusted = true
        do throws(SyntaxError) {
            guard try c.beginObject(depth: depth) else { return "" }
            repeat {
                let key = try c.readKey()
                if c.token(key, is: "id"), c.pos < c.end, c.byte(c.pos) == 0x22 {
                    return c.string(try c.readString())
                }
                try c.skipValue(depth: depth + 1)
            } while try c.nextField()
        } catch {
            return event(at: position, full: true).id
        }
        return ""
    }
}
