import Foundation

/// Completing IANA zone names typed at the `Z` prompt.
enum ZoneCompletion {
    /// Every name the tz database knows, plus `UTC` and `local`, sorted.
    static let allNames: [String] = {
        var names = Set(TimeZone.knownTimeZoneIdentifiers)
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
