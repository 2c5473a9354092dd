import CNcurses

/// Colours by role, or none: with `NO_COLOR`, `--no-color` or a terminal without colours,
/// styles fall back to their attributes (bold, reverse, underline, dim) alone.
struct Palette {
    let colour: Bool

    /// Foreground colour of each role that has one (on the terminal's own background).
    private static let foregrounds: [Style.Role: Int16] = [
        .dayHeading: Int16(COLOR_CYAN), .time: Int16(COLOR_CYAN), .actor: Int16(COLOR_YELLOW),
        .span: Int16(COLOR_RED), .url: Int16(COLOR_BLUE), .warning: Int16(COLOR_RED),
        .match: Int16(COLOR_YELLOW), .message: Int16(COLOR_GREEN),
        .kindAction: Int16(COLOR_RED), .kindStatement: Int16(COLOR_GREEN),
        .kindReaction: Int16(COLOR_MAGENTA), .kindReport: Int16(COLOR_BLUE),
        .kindAlert: Int16(COLOR_RED), .kindDetection: Int16(COLOR_YELLOW), .kindChange: Int16(COLOR_BLUE),
        .kindMitigation: Int16(COLOR_YELLOW), .kindRecovery: Int16(COLOR_GREEN), .kindDecision: Int16(COLOR_MAGENTA),
        .kindCommunication: Int16(COLOR_CYAN),
    ]
    private static let roles = Style.Role.allCases

    /// The files' colours on a 256-colour terminal: eight hues of its colour cube that no
    /// other part of the list takes (not the times' and day headings' cyan, the marks' red
    /// and yellow, the actors' yellow, the selection's reverse): orange, lavender, green,
    /// blue, pink, tan, mint, grey.
    private static let manySourceColours: [Int16] = [208, 141, 71, 33, 205, 180, 121, 247]

    /// The files' colours on an eight-colour terminal, which has too few to give each file
    /// a foreground of its own away from cyan, red and yellow: green, magenta and blue
    /// letters, then labels on a green, magenta, blue, red or cyan ground (a block: never
    /// read as a time or a mark).
    private static let fewSourceColours: [(fg: Int16, bg: Int16)] = [
        (Int16(COLOR_GREEN), -1), (Int16(COLOR_MAGENTA), -1), (Int16(COLOR_BLUE), -1),
        (Int16(COLOR_BLACK), Int16(COLOR_GREEN)), (Int16(COLOR_WHITE), Int16(COLOR_MAGENTA)),
        (Int16(COLOR_WHITE), Int16(COLOR_BLUE)), (Int16(COLOR_WHITE), Int16(COLOR_RED)),
        (Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
    ]

    /// A role's colours (foreground, background; -1 the terminal's own), nil for none.
    /// `many`: the terminal has 256 colours.
    static func colours(_ role: Style.Role, many: Bool) -> (fg: Int16, bg: Int16)? {
        if let k = Style.sourceRoles.firstIndex(of: role) {
            return many ? (manySourceColours[k], -1) : fewSourceColours[k]
        }
        return foregrounds[role].map { ($0, -1) }
    }

    /// Starts colours when wanted and possible; call after `initscr`.
    static func start(wanted: Bool) -> Palette {
        guard wanted, has_colors() else { return Palette(colour: false) }
        start_color()
        use_default_colors()
        let many = cn_colors() >= 256
        for (n, role) in roles.enumerated() {
            let c = colours(role, many: many) ?? (-1, -1)
            init_pair(Int16(n + 1), c.fg, c.bg)
        }
        return Palette(colour: true)
    }

    /// The ncurses attributes and colour pair for a style.
    func attributes(_ style: Style) -> (attr: attr_t, pair: Int16) {
        var a = attr_t(A_NORMAL)
        if style.attributes.contains(.bold) { a |= cn_a_bold() }
        if style.attributes.contains(.reverse) { a |= cn_a_reverse() }
        if style.attributes.contains(.underline) { a |= cn_a_underline() }
        if style.attributes.contains(.dim) { a |= cn_a_dim() }
        // A selected row stays one plain bar: colours reversed would make it a patchwork.
        guard colour, !style.attributes.contains(.reverse) || style.role == .match,
              let n = Self.roles.firstIndex(of: style.role), Self.colours(style.role, many: false) != nil
        else { return (a, 0) }
        return (a, Int16(n + 1))
    }
}
