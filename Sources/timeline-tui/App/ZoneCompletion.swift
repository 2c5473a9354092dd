import Foundation

/// Completing IANA zone names typed at the `Z` prompt.
enum ZoneCompletion {
    /// Every name the tz database knows, plus `UTC` and `local`, sorted. Foundation's list
    /// lacks some current names (Asia/Kolkata), so the system's `zone1970.tab` adds them.
    static let allNames: [String] = {
        var names = Set(TimeZone.knownTimeZoneIdentifiers)
        if let tab = try? String(contentsOfFile: "/usr/share/zoneinfo/zone1970.tab", encoding: .utf8) {
            for line in tab.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t")
                if fields.count >= 3 { names.insert(String(fields[2])) }
            }
        }
        names.insert("UTC")
        names.insert("local")
        return names.sorted()
    }()

    /// Names starting with `typed` (case-insensitive); failing that, names containing it.
    static func candidates(for typed: String) -> [String] {
        let t = typed.lowercased()
        guard !t.isEmpty else { return allNames }
        let starts = allNames.filter { $0.lowercased().hasPrefix(t) }
        if !starts.isEmpty { return starts }
        return allNames.filter { $0.lowercased().contains(t) }
    }

    /// `typed` extended as far as all candidates agree (the one name when only one fits).
    static func complete(_ typed: String) -> String {
        let c = candidates(for: typed)
        guard var common = c.first else { return typed }
        for name in c.dropFirst() {
            while !name.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        return common.count >= typed.count ? common : typed
    }
}
