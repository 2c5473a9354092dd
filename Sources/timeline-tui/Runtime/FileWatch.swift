/// Notices that the file being viewed changed or vanished on disk (checked when idle),
/// so the viewer can say it keeps showing what it loaded.
struct FileWatch {
    private let path: String
    /// The file as last seen.
    private var seen: Signature?

    private struct Signature: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Int
        var modifiedNanoseconds: Int
    }

    init(path: String) {
        self.path = path
        seen = Self.signature(path)
    }

    /// A notice each time the file is found changed (grown, rewritten, renamed over) or
    /// gone since it was last seen; nil otherwise.
    mutating func check() -> Message? {
        let now = Self.signature(path)
        guard now != seen else { return nil }
        seen = now
        return .fileChanged(path: path, removed: now == nil)
    }

    private static func signature(_ path: String) -> Signature? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Signature(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                         modified: Int(st.modified.tv_sec), modifiedNanoseconds: Int(st.modified.tv_nsec))
    }
}
