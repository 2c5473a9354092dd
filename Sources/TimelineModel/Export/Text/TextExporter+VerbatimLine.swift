extension TextExporter {
    /// What `appendEvent` writes for a listed event without details whose text is `plain`:
    /// the same bytes, copied from the file with no `String` made when they fit on the line
    /// or wrap by bytes (text shown as written is already safe, and was measured when
    /// loading). `tag` (a merged timeline's `[edge] `, plain text) goes first. `scratch`
    /// holds `tag actor — title` when it wraps; `laidOut`, the lines it wraps to.
    func appendVerbatimEvent(_ event: Event, at position: Int, _ plain: VerbatimLineText, tag: OriginTag = .none,
                             to out: inout [UInt8], scratch: inout [UInt8], laidOut: inout ScratchBytes) {
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
        if plain.wrapsByBytes && appendTitleLines(plain, after: tag, total: total, first: max(1, width - column),
                                                  rest: max(1, width - textColumn), to: &out, laidOut: &laidOut) {
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

    /// A wrapping line's tag, actor and ` — ` written as they are, then its title laid out
    /// after them, as `appendSimpleLines` lays out the three together: when they fit on the
    /// first line with a column to spare, have one space between words and none at either
    /// end, and the first line ends at one of the title's spaces. False, having written
    /// nothing, otherwise.
    ///
    /// The lines are laid out in `laidOut` and appended to `out` at once: an append to an
    /// array checks its buffer and calls into the runtime each time, a hundred
    /// instructions, and a wrapped line is written in seven pieces.
    private func appendTitleLines(_ plain: VerbatimLineText, after tag: OriginTag, total: Int, first: Int, rest: Int,
                                  to out: inout [UInt8], laidOut: inout ScratchBytes) -> Bool {
        guard tag.singleSpaced, let tagColumns = tag.width else { return false }
        var before = tagColumns
        if let actor = plain.actor {
            // Here `actor — ` must begin a line or follow the tag's space, one space apart.
            guard let a = actor.baseAddress, a[0] != 0x20, a[actor.count - 1] != 0x20,
                  !LineWrapping.hasDoubleSpace(a, count: actor.count) else { return false }
            before += plain.actorWidth + 3
        }
        guard before > 0, before < first else { return false }
        laidOut.removeAll()
        laidOut.append(bytes: tag.bytes)
        if let actor = plain.actor {
            laidOut.append(contentsOf: actor)
            laidOut.append(" — ")
        }
        let measured = LineWrapping.Measured(columns: total - before, before: (bytes: 0, columns: 0))
        guard LineWrapping.appendLinesByColumns(plain.title, first: first - before, rest: rest, indent: textColumn,
                                                exactWidths: false, measured: measured, continuing: true, to: &laidOut)
        else { return false }
        out.append(contentsOf: laidOut.bytes)
        return true
    }
}
