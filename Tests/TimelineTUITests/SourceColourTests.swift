import CNcurses
import Testing
@testable import timeline_tui

/// Each file of a merge in a colour of its own, on an eight-colour and a 256-colour
/// terminal: eight colours, none the colour of the times, day headings, marks, actors or
/// search matches (what the list already says with colour).
@Suite struct SourceColourTests {
    @Test(arguments: [false, true])
    func eightFilesEightColoursNoneTakenByTheList(many: Bool) {
        let sources = Style.sourceRoles.map { Palette.colours($0, many: many) }
        #expect(sources.allSatisfy { $0 != nil })
        let pairs = sources.compactMap { $0.map { "\($0.fg)/\($0.bg)" } }
        #expect(Set(pairs).count == 8)
        let taken: [Style.Role] = [.time, .dayHeading, .warning, .match, .actor, .span]
        for role in taken {
            let c = Palette.colours(role, many: many)
            #expect(c != nil)
            #expect(!sources.contains { $0?.fg == c?.fg && $0?.bg == c?.bg }, "a file in the colour of \(role)")
        }
        // Letters in cyan, red or yellow would read as a time or a mark.
        let shared = [Int16(COLOR_CYAN), Int16(COLOR_RED), Int16(COLOR_YELLOW)]
        #expect(!sources.contains { $0.map { $0.bg == -1 && shared.contains($0.fg) } ?? false })
    }
}
