/// What one record of a record-per-line file gave: its event (nil for a blank line or a
/// record with a problem), the problems and warnings only its format can see, each with
/// its place, and where the next record starts.
struct RecordReading {
    var draft: EventDraft?
    var problems: [Problem] = []
    var warnings: [Problem] = []
    /// Where the next record starts, and its line.
    var next: Int
    var nextLine: Int
    /// The rest of the file cannot be read (a CSV quote never closed): stop here.
    var stop = false
    /// Whether the whole event is wanted; when not (the first pass, for the rules and the
    /// messages), a reader may leave out what neither needs: extra fields and tags.
    var whole = true

    init(next: Int, nextLine: Int) {
        self.next = next
        self.nextLine = nextLine
    }
}
