/// What a cell shows as, by meaning: the terminal picks colours for each role (or none,
/// in monochrome) and adds the attributes.
struct Style: Hashable, Sendable {
    /// What the text is, so the terminal can colour it.
    enum Role: Hashable, Sendable, CaseIterable {
        case plain, title, dayHeading, time, actor, gap, span, url, label, status, message, warning, match
        case kindAction, kindStatement, kindReaction, kindReport, kindOther
        case kindAlert, kindDetection, kindChange, kindMitigation, kindRecovery, kindDecision, kindCommunication
        /// The files of a merged timeline, a colour each (the ninth file takes the first's).
        case source1, source2, source3, source4, source5, source6, source7, source8
    }

    static let sourceRoles: [Role] = [.source1, .source2, .source3, .source4, .source5, .source6, .source7, .source8]

    /// The role of the file at `index` among a merged timeline's files.
    static func role(forSource index: Int) -> Role {
        sourceRoles[index % sourceRoles.count]
    }

    /// Attributes that still mean something without colour.
    struct Attributes: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let bold = Attributes(rawValue: 1)
        static let reverse = Attributes(rawValue: 2)
        static let underline = Attributes(rawValue: 4)
        static let dim = Attributes(rawValue: 8)
    }

    var role: Role = .plain
    var attributes: Attributes = []

    static let plain = Style()

    init(_ role: Role = .plain, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    func adding(_ more: Attributes) -> Style {
        Style(role, attributes.union(more))
    }

    /// The role for an event's kind (free text in the file; the common ones get colours).
    static func role(forKind kind: String?) -> Role {
        KindMarker.of(kind).role
    }
}
