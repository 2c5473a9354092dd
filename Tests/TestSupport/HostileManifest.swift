import Foundation

/// The hostile-input corpus, `Tests/Fixtures/hostile`, and its `MANIFEST.tsv`: one line a
/// file, `FILE<TAB>OUTCOME<TAB>DETAIL` (accepted, neutralised, refused or warned, with the
/// exact first message where there is one). Shared by the model and the CLI suites.
public enum HostileManifest {
    /// One line of the manifest.
    public struct Entry: Sendable, CustomStringConvertible {
        public var file: String
        public var outcome: String
        public var detail: String
        public var description: String { file }
    }

    /// `Tests/Fixtures/hostile`.
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile")

    /// Every line of the manifest but comments; empty when it cannot be read (the suites
    /// check its size, so a missing manifest fails rather than passing vacuously).
    public static let entries: [Entry] = {
        let url = folder.appendingPathComponent("MANIFEST.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f.count >= 3 ? Entry(file: f[0], outcome: f[1], detail: f[2]) : nil
        }
    }()
}
