import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// Shared helpers for the viewer tests: the fixture, key sequences, golden screens.
enum ViewerFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixturePath = root.appendingPathComponent("fixtures/2017-11-03.json").path
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func timeline() throws -> Timeline {
        try TimelineLoader.load(path: fixturePath)
    }

    /// The viewer on the fixture, with a fixed "local" zone so screens do not depend on
    /// the machine.
    static func state(width: Int = 80, height: Int = 24) throws -> ViewState {
        ViewState(timeline: try timeline(), sourceName: "fixtures/2017-11-03.json",
                  local: Zone(identifier: "Asia/Tokyo")!, width: width, height: height, measure: .screen)
    }

    /// Keys by name: `"j"`, `"Enter"`, `"Esc"`, `"Down"`, `"C-f"` (Ctrl-F); a longer word
    /// is typed.
    static func keys(_ names: [String]) -> [Key] {
        names.flatMap { name -> [Key] in
            switch name {
            case "Enter": [.enter]
            case "Esc": [.escape]
            case "Up": [.up]
            case "Down": [.down]
            case "Left": [.left]
            case "Right": [.right]
            case "Tab": [.tab]
            case "BSpace": [.backspace]
            case "PgDn": [.pageDown]
            case "PgUp": [.pageUp]
            case "Home": [.home]
            case "End": [.end]
            case "Del": [.delete]
            case _ where name.count == 3 && name.hasPrefix("C-"): [.ctrl(name.last!)]
            default: name.map { Key.character($0) }
            }
        }
    }

    /// The state after the keys named, each effect that only computes or reads (a zone,
    /// a background search) done at once and its answer sent back, as the loop does.
    static func press(_ state: ViewState, _ names: String...) -> ViewState {
        keys(names).reduce(state) { send($0, .key($1)) }
    }

    /// The state after `message`, quiet effects done as in `press`.
    static func send(_ state: ViewState, _ message: Message) -> ViewState {
        var s = update(state, message)
        while let effect = s.effect, effect.isQuiet, let answer = EffectRunner.perform(effect, for: s) {
            s = update(s, answer)
        }
        return s
    }

    static func screen(_ state: ViewState) -> String {
        render(state, size: Size(width: state.width, height: state.height)).rows.joined(separator: "\n")
    }

    /// Compares a screen with `Golden/NAME.txt`; `UPDATE_GOLDEN=1` rewrites the file.
    static func expectGolden(_ name: String, _ screen: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldenFolder.appendingPathComponent(name + ".txt")
        let text = screen + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "screen \(name) differs from Golden/\(name).txt:\n\(text)", sourceLocation: sourceLocation)
    }
}
