import Foundation

/// What the screen says while the files are read, before the timeline exists: which
/// files, how big, how far read, for how long so far. A value, drawn by
/// `LoadingScreen.render`; the runtime updates `tenths` and each file's `read` while the
/// reading runs behind it.
struct Loading: Equatable, Sendable {
    /// One file being read: its name as given and its size (nil when it has none to
    /// tell: standard input, the bundled incident, a file that cannot be looked at).
    struct File: Equatable, Sendable {
        var name: String
        var bytes: Int?
        /// How many of its bytes the reader has gone through (`ReadProgress`); nil while
        /// it has told nothing (a reader that reads a document whole never tells).
        var read: Int? = nil

        /// `37 %` of the file gone through, when its reader tells and its size is known.
        var percent: Int? {
            guard let read, let bytes, bytes > 0 else { return nil }
            return min(100, read * 100 / bytes)
        }
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

    /// How far through all the files together, when every reader tells (else nothing:
    /// a file that cannot say would make the figure up).
    var percent: Int? {
        guard let total = totalBytes, total > 0 else { return nil }
        var read = 0
        for f in files {
            guard let r = f.read else { return nil }
            read += r
        }
        return min(100, read * 100 / total)
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
