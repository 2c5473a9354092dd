import ArgumentParser
import Foundation

/// `timeline-gen N`: writes N synthetic events as a JSON document and/or JSON Lines,
/// the same events in both, deterministically for a seed. Used by `scripts/bench`.
@main
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline-gen",
        abstract: "Write N synthetic timeline events (JSON document and/or JSON Lines) for benchmarks."
    )

    @Argument(help: "How many events.")
    var count: Int

    @Option(help: "Random seed: the same seed writes the same bytes.")
    var seed: UInt64 = 2017

    @Option(help: "Write a JSON document here ('-' for standard output).")
    var json: String?

    @Option(help: "Write JSON Lines here.")
    var jsonl: String?

    @Flag(help: "Leave out the JSON Lines file's first line (the timeline's own fields).")
    var noHeader = false

    func validate() throws {
        guard count >= 0 else { throw ValidationError("count must be 0 or more") }
    }

    func run() throws {
        let header = "\"title\":\"Synthetic incident (\(count) events, seed \(seed))\","
            + "\"timezone\":\"America/New_York\",\"zones\":[\"Europe/Paris\",\"UTC\"]"
        let doc = try open(json ?? (jsonl == nil ? "-" : nil))
        let lines = try open(jsonl)
        doc?.write("{" + header + ",\n\"events\":[\n")
        if !noHeader { lines?.write("{" + header + "}\n") }

        var events = SyntheticEvents(seed: seed)
        var chunk = JSONBytes(capacity: 1 << 22)
        var index = 0
        while index < count {
            chunk.bytes.removeAll(keepingCapacity: true)
            let start = index
            let stop = min(count, index + 8192)
            while index < stop {
                events.append(event: index, to: &chunk)
                chunk.byte(0x0A)
                index += 1
            }
            lines?.write(chunk.bytes)
            if let doc {
                // ",\n" between events: rewrite each newline but the chunk's last.
                var withCommas = [UInt8]()
                withCommas.reserveCapacity(chunk.bytes.count + 8192)
                if start > 0 { withCommas += [0x2C, 0x0A] }
                for b in chunk.bytes.dropLast() {
                    if b == 0x0A { withCommas.append(0x2C) }
                    withCommas.append(b)
                }
                doc.write(withCommas)
            }
        }
        doc?.write("\n]}\n")
        try doc?.close()
        try lines?.close()
    }

    private func open(_ path: String?) throws -> Output? {
        guard let path else { return nil }
        return try Output(path: path)
    }
}
