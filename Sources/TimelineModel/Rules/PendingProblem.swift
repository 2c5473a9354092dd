/// A problem found while reading, before it is given to the user: placed by byte offset
/// (its line and column are worked out only when it is reported, so a file that loads
/// never counts lines), or by a place the reader already knows.
struct PendingProblem {
    /// The byte offset in the file, or for a problem with a `known` place its order among
    /// the file's places (`orderKey`); -1 for the whole file.
    var offset: Int
    var path: String
    var message: String
    /// Another place the message refers to (the first use of a duplicated id), as `offset`.
    var seeAlso: Int? = nil
    /// The line and column, when the reader knows them (readers that count lines).
    var known: SourcePlace? = nil
    var knownSeeAlso: SourcePlace? = nil

    init(offset: Int, path: String, message: String, seeAlso: Int? = nil) {
        self.offset = offset
        self.path = path
        self.message = message
        self.seeAlso = seeAlso
    }

    /// A problem at a place the reader knows (nil for the whole file).
    init(at place: FieldPlace, message: String, seeAlso: FieldPlace? = nil) {
        offset = place.orderKey
        path = place.path
        self.message = message
        known = place.place
        knownSeeAlso = seeAlso?.place
    }
}
