/// One terminal cell: a grapheme cluster and its style. A wide glyph takes two cells: the
/// first holds it (`width` 2), the second is a continuation (`text` empty, `width` 0).
struct Cell: Hashable, Sendable {
    var text: String
    var width: Int
    var style: Style

    static let blank = Cell(text: " ", width: 1, style: .plain)
    static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }
}
