import Foundation

/// What the screen says while the files are read, before the timeline exists: which
/// files, how big, for how long so far. A value, drawn by `LoadingScreen.render`; the
/// runtime updates `elapsed` while the reading runs behind it.
struct Loading: Equatable, Sendable {
    /// One file being read: its name as given and its size (nil when it has none to
    /// tell: standard input, the bundled incident, a file that cannot be looked at).
    struct File: Equatable, Sendable {
        var name: String
        var bytes: Int?
    }

    /// What is being done.
    enum Stage: Equatable, Sendable {
        /// The files are read (side by side on the cores when there are several).
        case reading
        /// The files that read are merged (after `--skip-bad` left some out).
        case merging
    }

    var files: [File]
    var stage: Stage = .reading
    /// Time since the reading started, in tenths of a second (what the screen shows).
    var tenths: Int = 0
    /// The machine's cores, said when several files are read side by side.
    var cores: Int = ProcessInfo.processInfo.activeProcessorCount
    /// No UTF-8 locale: the frame is drawn in ASCII.
    var asciiOnly = false

    /// The files' sizes added up, when every one is known.
    var totalBytes: Int? {
        var total = 0
        for f in files {
            guard let b = f.bytes else { return nil }
            total += b
        }
        return total
    }

    /// `412 MB`, `3.1 KB`, `512 bytes`: a size as a person reads it (decimal units, as
    /// `ls -h --si` and most file managers).
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) byte\(bytes == 1 ? "" : "s")" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1000
        var k = 0
        while value >= 999.5, k < units.count - 1 {
            value /= 1000
            k += 1
        }
        return value < 9.95 ? String(format: "%.1f %@", value, units[k]) : "\(Int(value.rounded())) \(units[k])"
    }
}
