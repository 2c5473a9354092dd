/// What a reader's first pass learns from a record it read only in part (`RecordReader.skim`),
/// when it can be sure that reading it whole gives an event that breaks none of the rules
/// one event can break, no problem and no warning: a time on the time line (an instant
/// with its written offset), a title that is the file's bytes as written (one line, not
/// empty), maybe an actor likewise, and no id, end or stated precision.
struct SkimmedRecord {
    var time: EventTime
    /// Where the title's and the actor's bytes are in the file.
    var title: Range<Int>
    var actor: Range<Int>?
    /// Where the next record starts, and its line.
    var next: Int
    var nextLine: Int
}
