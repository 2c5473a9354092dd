extension StraceReader {
    /// The first pass's reading of a strace line (`RecordReader.skim`): taken when the line
    /// is valid UTF-8, its time is placed as `event` places it, and what strace said is its
    /// own title as written (`EventTitle.keptAsWritten`, its first byte ASCII) with no note
    /// of strace's in it: an event of one line, with no problem and no warning, its title
    /// and its pid kept as bytes of the file. Any other line is read by `event`.
    /// `filePid`: the file's name gives the pid of lines without one (`StraceReader.pid(ofFile:)`),
    /// which is no text of the line: such a line is read by `event`.
    static func skim(_ bytes: FileBytes, options: ReadOptions, days: StraceDays?, filePid: Bool = false) -> @Sendable (Int, Int) -> SkimmedRecord? {
        { offset, line in
            let b = bytes.base
            let l = LineBytes(bytes, at: offset)
            guard let spans = StraceLine.Spans(b, from: l.start, to: l.end), spans.pid != nil || !filePid, b[spans.said.lowerBound] < 0x80,
                  EventTitle.keptAsWritten(UnsafeBufferPointer(start: b + spans.said.lowerBound, count: spans.said.count)),
                  !holdsNote(b, spans.said), UTF8Scalar.isValid(b, from: l.start, to: l.end)
            else { return nil }
            let stamp = String(decoding: UnsafeBufferPointer(start: b + spans.stamp.lowerBound, count: spans.stamp.count), as: UTF8.self)
            guard case .success(let time) = Self.time(stamp, spans.form, at: offset, days: days, options: options) else { return nil }
            return SkimmedRecord(time: time, title: spans.said, actor: spans.pid, next: l.next, nextLine: line + 1)
        }
    }

    /// Whether `strace: ` is in the bytes: a note strace wrote into the line (`event` puts
    /// the call it cut back together).
    private static func holdsNote(_ b: UnsafePointer<UInt8>, _ r: Range<Int>) -> Bool {
        let note: [UInt8] = Array("strace: ".utf8)
        var i = r.lowerBound
        while i + note.count <= r.upperBound {
            if b[i] == 0x73, (0..<note.count).allSatisfy({ b[i + $0] == note[$0] }) { return true }
            i += 1
        }
        return false
    }
}
