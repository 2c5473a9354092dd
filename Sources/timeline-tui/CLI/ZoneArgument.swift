import TimelineModel

/// `--tz ZONE`: any name the system's tz database resolves, `UTC` in any case, `local`, or
/// a fixed offset (`+05:30`, `UTC-04:00`) (the rule of `Zone(identifier:)`, shared with the
/// viewer's `Z`, `--assume-zone` and a file's zones); anything else is a usage error.
enum ZoneArgument {
    static func zone(_ name: String) throws(CommandFailure) -> Zone {
        guard let zone = Zone(identifier: name) else {
            if let problem = Zone.offsetProblem(name) { throw .usage("--tz: " + SafeText.neutralise(problem)) }
            var message = "unknown time zone '\(SafeText.neutralise(name))'; use an IANA name such as Europe/Paris, UTC, local, or an offset such as +05:30"
            if let spelled = ZoneDatabase.zoneNames().first(where: { $0.lowercased() == name.lowercased() }) {
                message += " (names are case-sensitive: \(spelled))"
            }
            throw .usage(message)
        }
        return zone
    }
}
