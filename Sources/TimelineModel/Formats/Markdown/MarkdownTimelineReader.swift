/// A timeline written in Markdown: our own `--format markdown` (table or list style, with
/// or without `--relative`, `--details`, a merge's `Source` column) and the "Timeline"
/// section of a postmortem as people write it.
///
/// - **Where**: in ours, the whole document; in a postmortem, the sections under a heading
///   that says "Timeline" (to the next heading of its level or above), else the whole
///   document. Lines outside are not read.
/// - **Events**: list items and table rows that start with a time (`- 14:32 UTC — Deploy
///   started`, `* **14:32** Deploy started`, `| 2023-11-14 14:32 | … |`), and in a
///   postmortem lines of text that do. The rest of the line (or the table's event column)
///   is the title, its links sources; a table's actor column (`Actor`, `Who`, `Owner`) the
///   actor, its other columns extra fields. Nested items and indented paragraphs under an
///   item are its text.
/// - **Dates**: from the row, else from the heading or line above (`### 31 January 2017`,
///   `## Thursday 2 November 2017`, `**2023-11-14**`), else from the row before; never
///   made up.
/// - **Zones**: the row's (`UTC`, `Z`, `+02:00`, `CET`, `Europe/Paris`), else its column
///   header's (`Time (UTC)`), else a line or heading that names one (`All times in UTC`,
///   `Time zone: America/New_York`, `(times in PDT)`), else `--assume-zone`.
/// - **Ours**: the `#` title, the zone line, day headings, `~` and spans, the actor and
///   title columns (or `Actor — Title`), and with `--details` the text, quote, sources,
///   id, kind, tags and extra fields (`MarkdownOwnDetails`); T+ and `(mark)` are worked
///   out again, not read.
enum MarkdownTimelineReader {
    /// What was read, and the files a merged export named in its `Source` column.
    struct Read {
        var output = ReaderOutput()
        var origins: [String] = []
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> Read {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var walk = MarkdownWalk(file: file, reading: options.time, blocks: MarkdownBlock.lines(of: text))
        walk.run()
        // As every reader of text: bytes that are not UTF-8 are shown as U+FFFD, and said where.
        for place in invalidUTF8(bytes) {
            walk.read.output.warnings.append(Problem(file: file, place: place, path: "", message: "invalid UTF-8 (shown as U+FFFD)"))
        }
        return walk.read
    }

    /// The place of the first byte that is not UTF-8 on each line that has one (its column
    /// counts the characters before it, as every place does).
    static func invalidUTF8(_ bytes: [UInt8]) -> [SourcePlace] {
        guard !bytes.withUnsafeBufferPointer({ String.checkedUTF8($0).valid }) else { return [] }
        var places: [SourcePlace] = []
        var line = 1
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var scalars = bytes[start..<end].makeIterator()
            var decoder = UTF8()
            var column = 1
            decoding: while true {
                switch decoder.decode(&scalars) {
                case .scalarValue: column += 1
                case .emptyInput: break decoding
                case .error:
                    places.append(SourcePlace(line: line, column: column))
                    break decoding
                }
            }
            line += 1
            start = end + 1
        }
        return places
    }

    /// Whether the start of a file is a Markdown timeline: ours (a `#` title then a `Time
    /// zone:` line), or a heading and list items or table rows that start with a time
    /// under a "Timeline" heading; a `.md` name with such items is enough without the heading.
    /// Why a file is not a Markdown timeline.
    static let notATimeline = "no \"Time zone:\" line under a # title, and no list items or table rows starting with a time under a Timeline heading"

    static func declines(_ sample: FileSample, name: String) -> String? {
        let lower = name.lowercased()
        let markdownName = lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
        // A file opening with a JSON object is no Markdown (but a `.md` file's JSON front
        // matter): not laid out in blocks, which takes a JSON Lines file's sample 7 ms.
        if !markdownName, sample.startsLikeJSON, sample.firstLine.first == "{" { return Self.notATimeline }
        let blocks = MarkdownBlock.lines(of: sample.text)
        if MarkdownWalk.isOurs(blocks) { return nil }
        var timelineHeading = false
        var headings = 0
        var timed = 0
        for b in blocks {
            switch b.kind {
            case .heading(_, let text):
                headings += 1
                if text.lowercased().contains("timeline") { timelineHeading = true }
            case .listItem(_, let text, _):
                if MarkdownWalk.timeCandidate(text).time != nil { timed += 1 }
            case .tableRow(let cells):
                if let first = cells.first, MarkdownTimeText.read(Substring(MarkdownInline.unescaped(first.text))) != nil { timed += 1 }
            default:
                break
            }
        }
        if timed > 0, timelineHeading || markdownName { return nil }
        // A postmortem saved as `.md` whose timeline's times cannot be read: read, so that
        // each row is named with its place.
        if markdownName, timelineHeading, headings > 1 { return nil }
        return notATimeline
    }
}
