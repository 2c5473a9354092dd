import Foundation

/// The system's tz database as files: the folder it is read from, the zone names it lists,
/// and a way for tests to see every read.
///
/// Zone data is read when a `Zone` is made (its TZif file, for abbreviations) and when
/// the names are listed (`zone1970.tab`); the viewer does both before `update` needs them,
/// and a test proves `update` reads nothing by pointing `folder` at an empty one and
/// watching `reads`.
public enum ZoneDatabase {
    /// Replaces the folder for the current task (tests): an empty folder is a tz database
    /// with nothing in it.
    @TaskLocal public static var folderOverride: String?

    /// Notes each path read in the current task (tests).
    @TaskLocal public static var reads: ReadLog?

    /// Paths read, in order.
    public final class ReadLog: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        public init() {}
        public var paths: [String] { lock.withLock { list } }
        func note(_ path: String) { lock.withLock { list.append(path) } }
    }

    /// `TZDIR`, else `/usr/share/zoneinfo`.
    public static var folder: String {
        folderOverride ?? ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
    }

    /// The bytes of `name` in the database (`America/New_York`, `zone1970.tab`), if readable.
    static func contents(of name: String) -> Data? {
        let path = folder + "/" + name
        reads?.note(path)
        return FileManager.default.contents(atPath: path)
    }

    /// Every zone name the system knows, plus `UTC` and `local`, sorted: Foundation's
    /// list and the database's `zone1970.tab` (Foundation's lacks some current names,
    /// such as Asia/Kolkata).
    public static func zoneNames() -> [String] {
        var names = Set(TimeZone.knownTimeZoneIdentifiers)
        if let data = contents(of: "zone1970.tab"), let tab = String(data: data, encoding: .utf8) {
            for line in tab.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t")
                if fields.count >= 3 { names.insert(String(fields[2])) }
            }
        }
        names.insert("UTC")
        names.insert("local")
        return names.sorted()
    }
}
