/// Completing zone names typed at the `Z` prompt, among names loaded beforehand
/// (`ZoneDatabase.zoneNames()`, through the `loadZoneNames` effect): no I/O here.
enum ZoneCompletion {
    /// Names starting with `typed` (case-insensitive); failing that, names containing it.
    static func candidates(for typed: String, in names: [String]) -> [String] {
        let t = typed.lowercased()
        guard !t.isEmpty else { return names }
        let starts = names.filter { $0.lowercased().hasPrefix(t) }
        if !starts.isEmpty { return starts }
        return names.filter { $0.lowercased().contains(t) }
    }

    /// `typed` extended as far as all candidates agree (the one name when only one fits).
    static func complete(_ typed: String, in names: [String]) -> String {
        let c = candidates(for: typed, in: names)
        guard var common = c.first else { return typed }
        for name in c.dropFirst() {
            while !name.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        return common.count >= typed.count ? common : typed
    }
}
