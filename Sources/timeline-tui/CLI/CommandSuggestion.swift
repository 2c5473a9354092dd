import Foundation
import TimelineModel

/// `timeline-tui exprot FILE`: a first word that is neither a command nor a file, but is
/// one or two typing slips away from a command, is answered with that command instead of
/// "FILE does not exist" or "unexpected argument".
enum CommandSuggestion {
    static let commands = ["view", "export", "validate", "help"]

    /// The message for `arguments` (without the program name), or nil when the first one
    /// is a command, an option, an existing file, or like no command.
    static func message(for arguments: [String], fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word), !fileExists(word),
              word.count >= 3, word.count <= 12 else { return nil }
        let folded = word.lowercased()
        let near = commands.map { ($0, distance(folded, $0)) }.filter { $0.1 <= ($0.0.count <= 4 ? 1 : 2) }
        guard let best = near.min(by: { $0.1 < $1.1 }) else { return nil }
        return "unknown command '\(SafeText.neutralise(word))' (and no such file); did you mean 'timeline-tui \(best.0)'?"
    }

    /// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
