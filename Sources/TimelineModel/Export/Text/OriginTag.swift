/// The tag a line of a merged timeline starts with, naming the files the event was read
/// from (`[edge] `, `[b, a] `), as `TextExporter` writes it; made once for each set of
/// files, so that a million verbatim lines cost no string.
struct OriginTag {
    var bytes: [UInt8]
    /// Its display width; nil when it is not plain text (see `DisplayWidth.plainWidth`),
    /// and so cannot go on a verbatim line.
    var width: Int?
    /// Whether it has no two spaces in a row (it ends in one), so that a wrapped line may
    /// be laid out from after it (`LineWrapping.appendLinesByColumns`'s `continuing`).
    var singleSpaced: Bool

    static let none = OriginTag(bytes: [], width: 0)

    /// The tag for `origins` (what `TextExporter.appendEvent` puts first).
    init(_ origins: [String]) {
        let text = "[" + origins.map { SafeText.neutralise($0) }.joined(separator: ", ") + "] "
        bytes = Array(text.utf8)
        width = bytes.withUnsafeBufferPointer { DisplayWidth.plainWidth($0) }
        singleSpaced = bytes.withUnsafeBufferPointer { !LineWrapping.hasDoubleSpace($0.baseAddress!, count: $0.count) }
    }

    private init(bytes: [UInt8], width: Int?) {
        self.bytes = bytes
        self.width = width
        singleSpaced = true
    }

    /// The tags made so far in one run of an export, looked up by their files (a merge has
    /// a few sets of them: one a file, and those of events found in several).
    struct Made {
        private var made: [(origins: [String], tag: OriginTag)] = []

        mutating func tag(for origins: [String]) -> OriginTag {
            if origins.isEmpty { return .none }
            // A merged store gives each file's events one array (`MergedEventStore`): looked
            // for by its storage first, no text compared. (The arrays kept here keep theirs.)
            let storage = origins.withUnsafeBufferPointer { $0.baseAddress }
            if let hit = made.first(where: { $0.origins.withUnsafeBufferPointer { $0.baseAddress } == storage }) { return hit.tag }
            if let hit = made.first(where: { $0.origins == origins }) { return hit.tag }
            let tag = OriginTag(origins)
            if made.count < 64 { made.append((origins, tag)) }
            return tag
        }
    }
}
