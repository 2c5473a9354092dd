import Foundation

extension JSONEventStore {
    /// The event's object copied from the file: it is our format already, so reading it
    /// back gives the same event. Key order, spacing and escapes stay as the file wrote
    /// them; line breaks between its values (a pretty-printed file) are taken out so that
    /// the object fits on one line. Events are written the plain way (decoded, then
    /// encoded) when the file had invalid UTF-8 (which must become U+FFFD to be JSON) or
    /// when the object's bytes cannot be told.
    func appendOurJSON(at position: Int, to out: inout [UInt8]) {
        guard validUTF8, let object = objectBytes(at: position) else {
            OurJSONEvent.append(event(at: position), to: &out)
            return
        }
        if memchr(object.baseAddress!, 0x0A, object.count) == nil, memchr(object.baseAddress!, 0x0D, object.count) == nil {
            out.append(contentsOf: object)
        } else {
            Self.appendCompact(object, to: &out)
        }
    }

    /// The bytes of the event's object, from its `{` to its `}`. Between two events a file
    /// holds only white space and a comma, so an object ends at the last `}` before the
    /// next event; the last event's end is found by reading it.
    private func objectBytes(at position: Int) -> UnsafeBufferPointer<UInt8>? {
        let k = Int(records[position].fileIndex)
        guard k < fileOffsets.count else { return nil }
        let start = fileOffsets[k]
        guard start < bytes.count, bytes.base[start] == 0x7B else { return nil }
        var end: Int
        if k + 1 < fileOffsets.count {
            end = fileOffsets[k + 1]
            while end > start, Self.isBetweenEvents(bytes.base[end - 1]) { end -= 1 }
        } else {
            var c = JSONCursor(base: bytes.base, start: start, end: bytes.count, endName: "file")
            c.trusted = true
            guard (try? c.skipValue(depth: depth)) != nil else { return nil }
            end = c.pos
        }
        guard end > start + 1, bytes.base[end - 1] == 0x7D else { return nil }
        return UnsafeBufferPointer(start: bytes.base + start, count: end - start)
    }

    @inline(__always) private static func isBetweenEvents(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x2C
    }

    /// `object` without the white space outside its strings (a string holds no raw line
    /// break, so every line break is such white space).
    static func appendCompact(_ object: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var inString = false
        var escaped = false
        for c in object {
            if inString {
                if escaped {
                    escaped = false
                } else if c == 0x5C {
                    escaped = true
                } else if c == 0x22 {
                    inString = false
                }
                out.append(c)
            } else if c == 0x22 {
                inString = true
                out.append(c)
            } else if !(c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09) {
                out.append(c)
            }
        }
    }
}
