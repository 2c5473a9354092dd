import ArgumentParser
import TimelineModel

/// How to read the input: `--input-format`, `--assume-zone`, `--ambiguous`, `--map`
/// (shared by view, export and validate).
struct InputArguments: ParsableArguments {
    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "Read the file as this format instead of detecting it: \(InputFormat.names).", valueName: "name"))
    var format: String?

    @Option(name: .customLong("assume-zone"), help: ArgumentHelp(
        "The zone of times written without one (an IANA name or UTC; never local). Times with an offset keep it.",
        valueName: "zone"))
    var assumeZone: String?

    @Option(help: ArgumentHelp(
        "With --assume-zone, a wall time that happened twice (clocks put back): take the earlier or the later.",
        valueName: "earlier|later"))
    var ambiguous: String?

    @Option(help: ArgumentHelp(
        "For a JSON Lines log, the fields holding an event's time (with its epoch unit), title, actor, kind and id: time=ts:ms,title=msg,actor=svc,kind=level,id=req.",
        valueName: "pairs"))
    var map: String?

    /// The model's options, or a usage error that says what is wrong.
    func options() throws(CommandFailure) -> ReadOptions {
        var options = ReadOptions()
        if let format {
            guard let f = InputFormat.named(format) else {
                throw .usage("unknown --input-format '\(SafeText.neutralise(format))'; use one of \(InputFormat.names)")
            }
            options.format = f
        }
        if let assumeZone {
            guard assumeZone != "local", let zone = Zone(identifier: assumeZone) else {
                throw .usage("--assume-zone takes an IANA name such as Europe/Paris, or UTC (not local, which differs by machine), not '\(SafeText.neutralise(assumeZone))'")
            }
            options.time.assumedZone = zone
        }
        if let ambiguous {
            guard let a = TimeReading.Ambiguous(rawValue: ambiguous) else {
                throw .usage("--ambiguous takes earlier or later, not '\(SafeText.neutralise(ambiguous))'")
            }
            guard assumeZone != nil else { throw .usage("--ambiguous only applies with --assume-zone") }
            options.time.ambiguous = a
        }
        if let map {
            switch FieldMap.parse(map) {
            case .success(let m): options.map = m
            case .failure(let e): throw .usage(SafeText.neutralise(e.message))
            }
        }
        return options
    }
}
