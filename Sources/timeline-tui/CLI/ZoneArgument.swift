import TimelineModel

/// `--tz ZONE`: an IANA name, `UTC` or `local`; anything else is a usage error.
enum ZoneArgument {
    static func zone(_ name: String) throws(CommandFailure) -> Zone {
        guard let zone = Zone(identifier: name) else {
            throw .usage("unknown time zone '\(SafeText.neutralise(name))'; use an IANA name such as Europe/Paris, or UTC or local")
        }
        return zone
    }
}
