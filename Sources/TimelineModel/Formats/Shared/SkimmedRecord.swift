/// What a reader's first pass learns from a record it read only in part (`RecordReader.skim`),
/// when it can be sure that reading it whole gives an event that breaks none of the rules
/// one event can break, no problem and no warning: a time on the time line (an instant
/// with its written offset), a title that is the file's bytes as written (one line, not
/// empty) or made from several fields (never empty), maybe an actor as written, a stated
/// precision the time allows, whether it is approximate, maybe an id that is the file's
/// bytes as written (not empty), maybe an end not before the time (known without a zone).
struct SkimmedRecord {
    var time: EventTime
    /// Where the title's and the actor's bytes are in the file; no title: it is made from
    /// several fields (an access log's request and status), so the listing reads the record
    /// again, unless the skim made it (`made`).
    var title: Range<Int>?
    var actor: Range<Int>?
    /// Where the title and actor the skim made from several fields start in its part's
    /// `MadeTitles` (see `RecordReader.skimMaking`), when it made them as a listing shows them.
    var made: Int? = nil
    /// Where the next record starts, and its line.
    var next: Int
    var nextLine: Int
    /// A precision other than the one the time implies (`EventDraft.precision`).
    var precision: Precision? = nil
    var approximate = false
    /// Where the id's bytes are in the file; nil: the event has none (`<file-stem>:<line>`).
    var id: Range<Int>? = nil
    var end: EventTime? = nil
}
