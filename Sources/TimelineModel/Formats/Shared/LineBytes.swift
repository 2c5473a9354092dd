/// One line of a record-per-line file as its bytes, as `TextLogReader.textLine` cuts it
/// (without its line feed and a carriage return before it) but without making its text:
/// what the skims of the line formats read.
struct LineBytes {
    let base: UnsafePointer<UInt8>
    /// Where the line starts, where its text ends, and where the next line starts.
    let start: Int
    let end: Int
    let next: Int

    init(_ bytes: FileBytes, at offset: Int) {
        base = bytes.base
        start = offset
        next = RecordFile.lineEnd(bytes, from: offset) + 1
        var last = next - 1
        if last > offset && base[last - 1] == 0x0D { last -= 1 }
        end = last
    }

    /// The line's text as bytes.
    var text: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + start, count: end - start) }

    /// Whether the line is valid UTF-8 and every character of it one scalar no neighbour
    /// joins (`SingleScalarText`): its text is its bytes, and a walk over them finds what
    /// a walk over its characters finds.
    var isSingleScalarText: Bool { UTF8Scalar.isValid(base, from: start, to: end, singleScalars: true) }
}

extension UTF8Scalar {
    /// Whether `from..<to` is valid UTF-8, as `String.checkedUTF8` finds it; with
    /// `singleScalars`, also whether every scalar is a whole character whatever is beside
    /// it (`SingleScalarText.isAlone`).
    static func isValid(_ b: UnsafePointer<UInt8>, from: Int, to: Int, singleScalars: Bool = false) -> Bool {
        var i = from
        while i < to {
            i = PlainBytes.skip(b, from: i, end: to, 0x80, 0x80, 0x80, 0x80, ascii: true)
            guard i < to else { return true }
            if b[i] < 0x80 { i += 1; continue }
            guard let (value, n) = decode(b, at: i, end: to), !singleScalars || SingleScalarText.isAlone(value) else { return false }
            i += n
        }
        return true
    }
}
