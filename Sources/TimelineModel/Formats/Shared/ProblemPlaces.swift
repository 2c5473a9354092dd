/// Turns byte offsets into `FILE:LINE:COL` places for readers that parse whole records,
/// and builds problems in our form (`FILE:LINE:COL: PATH: sentence`).
struct ProblemPlaces {
    let file: String
    let bytes: [UInt8]
    /// Byte offset at which each line starts.
    private var lineStarts: [Int] = []

    init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    mutating func place(_ offset: Int) -> SourcePlace {
        if lineStarts.isEmpty {
            lineStarts = [0]
            for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        }
        let o = max(0, min(offset, bytes.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        while i < o {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePlace(line: lo + 1, column: column)
    }

    mutating func problem(at offset: Int, _ path: String, _ message: String) -> Problem {
        Problem(file: file, place: place(offset), path: path, message: message)
    }

    func problem(line: Int, column: Int, _ path: String, _ message: String) -> Problem {
        Problem(file: file, place: SourcePlace(line: line, column: column), path: path, message: message)
    }
}
