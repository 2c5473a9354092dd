extension MarkdownWriter {
    /// `--details` of a happening a merge shows once (`WrittenCopies`): how each file wrote
    /// it, a paragraph and a list after the id line, at `indent`, escaped.
    func appendCopies(at position: Int, indent: [UInt8], to out: inout [UInt8]) {
        let events = view.timeline.events
        let copies = events.copies(at: position)
        guard !copies.isEmpty else { return }
        out.append(0x0A)
        out.append(contentsOf: indent)
        MarkdownText.appendInline(WrittenCopies.heading, to: &out)
        out.append(contentsOf: [0x0A, 0x0A])
        for line in WrittenCopies.lines(events[position], copies: copies, formatter: view.formatter) {
            out.append(contentsOf: indent)
            out.append(contentsOf: [0x2D, 0x20])
            MarkdownText.appendInline(line, to: &out)
            out.append(0x0A)
        }
    }
}
