extension TextExporter {
    /// What `appendEvent` writes for a listed event without details whose text is `plain`:
    /// the same bytes, copied from the file with no `String` made when they fit on the line
    /// or wrap by bytes (text shown as written is already safe, and was measured when
    /// loading). `tag` (a merged timeline's `[edge] `, plain text) goes first. `scratch`
    /// holds `tag actor — title` when it wraps.
    func appendVerbatimEvent(_ event: Event, at position: Int, _ plain: VerbatimLineText, tag: OriginTag = .none,
                             to out: inout [UInt8], scratch: inout [UInt8]) {
        let column = appendTimeColumn(event, at: position, to: &out)
        let total = (tag.width ?? 0) + plain.titleWidth + (plain.actor == nil ? 0 : plain.actorWidth + 3)
        guard let width = options.width, total > max(1, width - column) else {
            out.append(contentsOf: tag.bytes)
            if let actor = plain.actor {
                out.append(contentsOf: actor)
                Self.appendSeparator(to: &out)
            }
            out.append(contentsOf: plain.title)
            out.append(0x0A)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: tag.bytes)
        if let actor = plain.actor {
            scratch.append(contentsOf: actor)
            Self.appendSeparator(to: &scratch)
        }
        scratch.append(contentsOf: plain.title)
        // Wide text whose widths the first two bytes do not tell (🇫🇷, 👩‍💻) is wrapped by
        // bytes too, each scalar looked up, when its spaces split it as `LineWrapping.words`
        // does; else as `appendEvent` wraps it.
        guard plain.wrapsByBytes || scratch.withUnsafeBufferPointer(LineWrapping.spacesStandAlone) else {
            let title = String(decoding: plain.title, as: UTF8.self)
            let body = plain.actor.map { String(decoding: $0, as: UTF8.self) + " — " + title } ?? title
            appendWrapped(String(decoding: tag.bytes, as: UTF8.self) + body, column: column, indent: textColumn, to: &out)
            return
        }
        // Its columns were measured: the layout counts only those of the title's first line
        // (before it, the tag, the actor and ` — `: five bytes, three columns).
        let tagged = (bytes: tag.bytes.count, columns: tag.width ?? 0)
        var before = tagged
        if let actor = plain.actor { before = (tagged.bytes + actor.count + 5, tagged.columns + plain.actorWidth + 3) }
        let first = max(1, width - column)
        let measured = LineWrapping.Measured(columns: total, before: before.columns <= first ? before : tagged)
        scratch.withUnsafeBufferPointer {
            LineWrapping.appendSimpleLines(
                $0, first: first, rest: max(1, width - textColumn), indent: textColumn,
                widerThanFirst: true, exactWidths: !plain.wrapsByBytes, measured: measured, to: &out
            )
        }
    }
}
