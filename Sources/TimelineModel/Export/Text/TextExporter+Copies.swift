extension TextExporter {
    /// `--details` of a happening a merge shows once (`WrittenCopies`): how each file wrote
    /// it, at the text's column, before the blank line that ends the details.
    func appendCopies(_ copies: [Event], of position: Int, to out: inout [UInt8]) {
        guard !copies.isEmpty else { return }
        let lines = WrittenCopies.lines(timeline.events[position], copies: copies, formatter: formatter)
        if out.last == 0x0A { out.removeLast() }
        appendLine(WrittenCopies.heading, textColumn, &out)
        for line in lines { appendLine(SafeText.neutralise(line), textColumn + 2, &out) }
        out.append(0x0A)
    }
}
