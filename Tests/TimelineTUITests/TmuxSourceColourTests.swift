import Foundation
import Testing

/// The files of a merge each in a colour of its own on a real terminal (tmux), on an
/// eight-colour terminal (`TERM=screen`) and a 256-colour one: never the colour of the
/// times, the day headings or the marks, the four files four colours; and with
/// `NO_COLOR` the labels alone tell them apart. A merge refusing a file without zones
/// says so once for that file before the viewer starts.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxSourceColourTests {
    static let paths = GitHubOutageMergeTests.merge.prefix(4).map { "'\($0)'" }.joined(separator: " ")
    static let files = paths + " --assume-zone sheet.csv=America/Los_Angeles"
    static let labels = ["timeline", "status", "pager", "sheet"]

    /// A foreground and background as SGR sequences set them (nil: the terminal's own).
    struct Colour: Hashable, CustomStringConvertible {
        var fg: String?
        var bg: String?
        var description: String { "fg \(fg ?? "-") bg \(bg ?? "-")" }
    }

    /// The colour in force before the first of `words` on each row (followed by a space,
    /// `+` or an escape sequence) of a screen captured with its escape sequences, but on
    /// the selected row (one plain bar): by word.
    static func colours(beforeFirstOf words: [String], in screen: String) -> [String: Set<Colour>] {
        var found: [String: Set<Colour>] = [:]
        for line in screen.split(separator: "\n") where !line.contains("▸") {
            var colour = Colour()
            var rest = Substring(line)
            while !rest.isEmpty {
                if rest.hasPrefix("\u{1B}["), let m = rest.firstIndex(of: "m") {
                    let params = rest[rest.index(rest.startIndex, offsetBy: 2)..<m].split(separator: ";", omittingEmptySubsequences: false)
                        .map { Int($0) ?? 0 }
                    var k = 0
                    while k < params.count {
                        switch params[k] {
                        case 0: colour = Colour()
                        case 30...37: colour.fg = "\(params[k] - 30)"
                        case 39: colour.fg = nil
                        case 40...47: colour.bg = "\(params[k] - 40)"
                        case 49: colour.bg = nil
                        case 90...97: colour.fg = "\(params[k] - 90 + 8)"
                        case 38 where k + 2 < params.count && params[k + 1] == 5:
                            colour.fg = "\(params[k + 2])"
                            k += 2
                        case 48 where k + 2 < params.count && params[k + 1] == 5:
                            colour.bg = "\(params[k + 2])"
                            k += 2
                        default: break
                        }
                        k += 1
                    }
                    rest = rest[rest.index(after: m)...]
                    continue
                }
                if let word = words.first(where: { rest.hasPrefix($0) }),
                   [" ", "+", "\u{1B}"].contains(rest.dropFirst(word.count).first.map(String.init) ?? " ") {
                    found[word, default: []].insert(colour)
                    break
                }
                rest = rest.dropFirst()
            }
        }
        return found
    }

    @Test(arguments: ["screen", "xterm-256color"])
    func eachFileHasAColourNothingElseInTheListHas(term: String) throws {
        let t = try TmuxSession("env TERM=\(term) \(TmuxSession.binary) \(Self.files) --tz Asia/Tokyo", width: 120, height: 40,
                                name: "colours\(term.filter(\.isLetter))")
        try t.waitFor("15 events")
        let screen = try t.capture(attributes: true)
        // The times, the day headings: `07:52`, `── Monday`.
        let time = Self.colours(beforeFirstOf: ["07:54"], in: screen)["07:54"] ?? []
        let heading = Self.colours(beforeFirstOf: ["──"], in: screen)["──"] ?? []
        #expect(!time.isEmpty && !heading.isEmpty)
        var taken = time.union(heading)
        let labels = Self.colours(beforeFirstOf: Self.labels, in: screen)
        // The marks and the actors' colours: red and yellow (basic or bright).
        for c in ["1", "3", "9", "11"] { taken.insert(Colour(fg: c, bg: nil)) }
        var seen: [Colour] = []
        for label in Self.labels {
            // Each label's rows all in one colour, which is not the terminal's own.
            let colours = labels[label] ?? []
            #expect(colours.count == 1, "\(label) in \(colours) on \(term)")
            guard let colour = colours.first else { continue }
            #expect(colour != Colour(), "\(label) has no colour on \(term)")
            #expect(!taken.contains(colour), "\(label) in \(colour), which the list uses for something else on \(term)")
            seen.append(colour)
        }
        #expect(Set(seen).count == Self.labels.count, "the files share colours on \(term): \(seen)")
        try t.send("q")
    }

    @Test func withoutColourTheLabelsTellTheFilesApart() throws {
        let t = try TmuxSession("\(TmuxSession.binary) \(Self.files) --tz Asia/Tokyo", width: 80, height: 24,
                                environment: ["NO_COLOR=1"])
        let screen = try t.waitFor("15 events")
        #expect(screen.contains("  07:52        sheet     Network enginee… · Network maintenance: link to the Ea…"))
        #expect(screen.contains("  08:13        pager     Incident coordi… ◁ Database engineering paged to the i…"))
        let styled = try t.capture(attributes: true)
        #expect(!styled.contains("38;5;") && !(0...7).contains { styled.contains("\u{1B}[3\($0)m") || styled.contains("\u{1B}[4\($0)m") })
        // The lanes take the zone's row: it follows the title, cut first to keep it.
        try t.send("l")
        let lanes = try t.waitFor(" files:        timeline  status    pager     sheet")
        #expect(lanes.hasPrefix(" GitHub, 21–22 October 2018: 43 seconds … · Asia/Tokyo UTC+09:00 JST · 15 events\n"))
        try t.send("q")
    }

    @Test func aFileWithoutZonesIsToldItsOwnWayOutBeforeTheViewerStarts() throws {
        // Wide enough for the message with the file's whole path on one row.
        let t = try TmuxSession(TmuxSession.shell, width: 400, height: 24)
        try t.type("\(TmuxSession.binary) \(Self.paths); echo exit=$?")
        try t.send("Enter")
        let screen = try t.waitFor("exit=1")
        #expect(screen.contains(#":2:11: Time "2018-10-21 15:52" has no zone; add --assume-zone sheet.csv=ZONE, the zone the writer used (UTC for example); the same for 2 more times of this file"#))
        #expect(screen.contains("timeline-tui: 1 of 4 files has problems (--skip-bad opens the others)"))
        #expect(!screen.contains("--assume-zone UTC"))
    }
}
