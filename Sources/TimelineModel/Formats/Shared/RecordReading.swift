/// What one record of a record-per-line file gave: its event (nil for a blank line or a
/// record with a problem), the problems and warnings only its format can see, each with
/// its place, and where the next record starts.
struct RecordReading {
    var draft: EventDraft?
    var problems: [Problem] = []
    var warnings: [Problem] = []
    /// Warnings said once for the whole file, however many records have them
    /// (`WarningsSaidOnce`): their messages name no value of the record.
    var warningsOnce: [Problem] = []
    /// Where the next record starts, and its line.
    var next: Int
    var nextLine: Int
    /// The rest of the file cannot be read (a CSV quote never closed): stop here.
    var stop = false
    /// Whether the whole event is wanted; when not (the first pass, for the rules and the
    /// messages), a reader may leave out what neither needs: extra fields and tags.
    var whole = true
    /// Where in the file the field starts whose text the draft's title is, and its actor's
    /// (a CSV cell, a JSON string: the quote or the first byte of the text), when a field's
    /// text is that text as is; the first pass keeps them as byte ranges when the file's
    /// bytes are that text (`ListedLine`). Nil: not known.
    var titleAt: Int?
    var actorAt: Int?

    init(next: Int, nextLine: Int) {
        self.next = next
        self.nextLine = nextLine
    }
}
