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
        // The eight colours every colour terminal has, the terminal's own last.
        .source1: Int16(COLOR_CYAN), .source2: Int16(COLOR_MAGENTA), .source3: Int16(COLOR_YELLOW),
        .source4: Int16(COLOR_GREEN), .source5: Int16(COLOR_BLUE), .source6: Int16(COLOR_RED),
        .source7: Int16(COLOR_WHITE), .source8: -1,
    ]
    private static let roles = Style.Role.allCases

    /// Starts colours when wanted and possible; call after `initscr`.
    static func start(wanted: Bool) -> Palette {
        guard wanted, has_colors() else { return Palette(colour: false) }
        start_color()
        use_default_colors()
        for (n, role) in roles.enumerated() {
            init_pair(Int16(n + 1), foregrounds[role] ?? -1, -1)
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
              let n = Self.roles.firstIndex(of: style.role), Self.foregrounds[style.role] != nil
        else { return (a, 0) }
        return (a, Int16(n + 1))
    }
}
