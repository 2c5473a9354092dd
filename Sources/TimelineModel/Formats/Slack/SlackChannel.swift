import Foundation

/// The channel a Slack export's day file belongs to: an export unzips to `users.json` (and
/// `channels.json`) at its root and a folder a channel, a file a day
/// (`export/general/2017-11-02.json`). A day file is labelled by its channel in a merge, so
/// that a channel's days share one source and one lane (`general`), as Slack shows them.
public enum SlackChannel {
    /// The channel's name (its folder's) and the folder as given, when `path` is a day file
    /// (`YYYY-MM-DD.json`) in a folder whose parent holds `users.json` or `channels.json`;
    /// nil for any other file.
    public static func of(dayFile path: String) -> (name: String, folder: String)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let file = parts.last, isDay(file) else { return nil }
        let folder = parts.count > 1 ? parts.dropLast().joined(separator: "/") : "."
        let absolute = folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
        let name = URL(fileURLWithPath: absolute).standardizedFileURL.lastPathComponent
        guard !name.isEmpty, name != "/" else { return nil }
        let root = absolute + "/.."
        let exported = ["users.json", "channels.json"].contains { FileManager.default.fileExists(atPath: root + "/" + $0) }
        return exported ? (name, URL(fileURLWithPath: absolute).standardizedFileURL.path) : nil
    }

    /// What to give instead of a folder of a Slack export (refused as every folder is: the
    /// files it holds are the shell's to list, and a glob says which days): `; its days
    /// open with a glob: general/*.json` for a channel, `*/*.json` for the export's root.
    public static func folderHint(_ path: String) -> String? {
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        if names.contains("users.json") || names.contains("channels.json") {
            return "; a Slack export's channels open with a glob: \(folder)/*/*.json (a channel's days: \(folder)/CHANNEL/*.json)"
        }
        if names.contains(where: { isDay(Substring($0)) }), of(dayFile: folder + "/" + (names.first { isDay(Substring($0)) } ?? "")) != nil {
            return "; a Slack channel's days open with a glob: \(folder)/*.json"
        }
        return nil
    }

    /// `2017-11-02.json`.
    private static func isDay(_ name: Substring) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        let stem = Array(name.dropLast(5).utf8)
        guard stem.count == 10, stem[4] == 0x2D, stem[7] == 0x2D else { return false }
        return stem.enumerated().allSatisfy { i, c in i == 4 || i == 7 || (0x30...0x39).contains(c) }
    }
}
