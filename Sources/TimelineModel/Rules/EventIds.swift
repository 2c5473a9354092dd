/// Every event's id without a string an event: the ids the file gives (most other tools'
/// formats give none) and, for the other events, `<file-stem>:<line>` made when asked,
/// from the line where the event starts. Only a made id that would repeat another is kept
/// as text (`<file-stem>:<line>-2`, `-3`…).
struct EventIds: Sendable {
    /// The ids the file gives, by file index, and where each is.
    var given: [Int: (id: String, place: FieldPlace)] = [:]
    /// The line each event starts on, by file index; -1 when not known (the id then
    /// counts events: `<file-stem>:<n>`, 1-based).
    var lines: [Int32] = []
    private var stem = ""
    /// Made ids that are not `<file-stem>:<line>`, by file index.
    private var made: [Int: String] = [:]

    /// Makes the ids of events without one, unique: `stem` is the file's name without its
    /// last extension.
    mutating func assign(stem: String) {
        self.stem = stem
        // Lines known and rising, no id given: every made id is different already.
        if given.isEmpty, !lines.contains(-1), zip(lines, lines.dropFirst()).allSatisfy({ $0 < $1 }) { return }
        var used = Set(given.values.map(\.id))
        for i in lines.indices where given[i] == nil {
            let base = plain(i)
            var id = base
            var k = 2
            while !used.insert(id).inserted {
                id = "\(base)-\(k)"
                k += 1
            }
            if id != base { made[i] = id }
        }
    }

    /// The id of the event `index`-th in the file.
    func id(_ index: Int) -> String {
        if !given.isEmpty, let g = given[index] { return g.id }
        if !made.isEmpty, let m = made[index] { return m }
        return plain(index)
    }

    private func plain(_ i: Int) -> String {
        "\(stem):\(lines[i] >= 0 ? Int(lines[i]) : i + 1)"
    }
}
