import TimelineModel

/// A refused file of a merge, told the way out that is its own: a reader's advice
/// (`add --assume-zone UTC (or the zone the writer used)`) would place every file's
/// zoneless times, which the other files may not want, so among several files it names
/// the file (`--assume-zone sheet.csv=ZONE`), once for the file: its first time without a
/// zone is said, with how many more there are, and its other problems as they are.
enum MergedZoneAdvice {
    /// `failure`'s problems as a merge prints them. `file`: the file as the command line
    /// gave it; `files`: all of them (a name without its folder only when it is unique).
    /// A file read alone keeps the reader's advice, said once the same way: a log of a
    /// million zoneless times needs one way out, not a thousand lines of it.
    static func problems(_ failure: LoadFailure, file: String, among files: [String]) -> [Problem] {
        let key = files.count > 1 ? optionKey(file, among: files) : nil
        var out: [Problem] = []
        var first: Int?
        var more = 0
        for problem in failure.problems {
            let advice = key.map { perFile(problem.message, key: $0) }
                ?? (problem.message.contains(TimeReading.noZoneAdvice) ? problem.message : nil)
            guard let advised = advice else {
                out.append(problem)
                continue
            }
            if first == nil {
                first = out.count
                var own = problem
                own.message = advised
                out.append(own)
            } else {
                more += 1
            }
        }
        if let first, more > 0 {
            out[first].message += "; the same for \(more) more time\(more == 1 ? "" : "s") of this file"
        }
        return out
    }

    private static let option = "--assume-zone"

    /// `message` with each `--assume-zone` it advises naming `key`'s file alone; nil when
    /// it advises none (`… (--assume-zone) is on EST then` tells of one given).
    static func perFile(_ message: String, key: String) -> String? {
        if let r = message.range(of: TimeReading.noZoneAdvice) {
            return message.replacingCharacters(in: r, with: "add \(option) \(key)=ZONE, the zone the writer used (UTC for example)")
        }
        var out = ""
        var rest = Substring(message)
        var advised = false
        while let r = rest.range(of: option) {
            out += rest[..<r.upperBound]
            rest = rest[r.upperBound...]
            // `--assume-zone` alone, `--assume-zone with …`, or `--assume-zone Europe/Paris`.
            guard rest.isEmpty || rest.first == " " || rest.first == "," else { continue }
            advised = true
            let word = rest.dropFirst().prefix { $0 != " " && $0 != "," && $0 != ")" }
            if rest.first == " ", !word.isEmpty, word != "with", Zone(identifier: String(word)) != nil {
                out += " \(key)=\(word)"
                rest = rest.dropFirst(1 + word.count)
            } else {
                out += " \(key)=ZONE"
            }
        }
        return advised ? out + rest : nil
    }

    /// How `--assume-zone FILE=` names `file`: its name without the folder when no other
    /// file has that name (`InputArguments.names` takes it), else as given; `stdin` for `-`.
    static func optionKey(_ file: String, among files: [String]) -> String {
        if file == "-" || file == TimelineSource.standardInputName { return "stdin" }
        let own = file.split(separator: "/").last.map(String.init) ?? file
        let alike = files.filter { InputArguments.names(own, $0) }.count
        return SafeText.neutralise(alike == 1 && !own.contains("=") ? own : file)
    }
}
