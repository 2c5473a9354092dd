/// One thing wrong with an input file, with its place: `file:3:14: events[3].time: …`.
public struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Where in the file, when known.
    public var place: SourcePlace?
    /// The JSON path of the offending value (`events[3].time`), empty for the whole file.
    public var path: String
    /// A plain sentence.
    public var message: String

    public init(file: String, place: SourcePlace?, path: String, message: String) {
        self.file = file
        self.place = place
        self.path = path
        self.message = message
    }

    /// `FILE:LINE:COL: PATH: MESSAGE`, leaving out what is not known.
    public var description: String {
        var s = file
        if let place { s += ":\(place.line):\(place.column)" }
        s += ": "
        if !path.isEmpty { s += path + ": " }
        return s + message
    }
}
