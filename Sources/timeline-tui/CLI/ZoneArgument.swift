import TimelineModel

/// `--tz ZONE`: any name the system's tz database resolves, `UTC` in any case, or `local`
/// (the rule of `Zone(identifier:)`, shared with the viewer's `Z` and a file's zones);
/// anything else is a usage error.
enum ZoneArgument {
    static func zone(_ name: String) throws(CommandFailure) -> Zone {
        guard let zone = Zone(identifier: name) else {
            var message = "unknown time zone '\(SafeText.neutralise(name))'; use an IANA name such as Europe/Paris, or UTC or local"
            if let spelled = ZoneDatabase.zoneNames().first(where: { $0.lowercased() == name.lowercased() }) {
                message += " (names are case-sensitive: \(spelled))"
            }
            throw .usage(message)
        }
        return zone
    }
}
