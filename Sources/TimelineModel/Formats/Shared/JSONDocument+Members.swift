/// What the readers of whole JSON documents (Statuspage, Google Cloud status) ask of a
/// member: its time, with the problem at its place when it holds none.
extension JSONDocument {
    /// `path` and `key` as one path (`incidents[0].resolved_at`).
    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The time `m` holds, read with `options`; nil, and a problem at `path`, when it is not
    /// text or not a time. `what` names it in the message.
    mutating func time(_ m: JSONValue.Member, path: String, what: String, options: ReadOptions,
                       into out: inout ReaderOutput) -> EventTime? {
        guard let text = m.value.string else {
            out.problems.append(places.problem(at: m.offset, path, "expected a time as text"))
            return nil
        }
        switch options.time.read(text, what: what) {
        case .success(let t): return t
        case .failure(let e):
            out.problems.append(places.problem(at: m.offset, path, e.message))
            return nil
        }
    }
}

extension JSONValue {
    /// The member named `key` unless it is missing or null.
    func nonNull(_ key: String) -> Member? {
        guard let m = member(key), m.value != .null else { return nil }
        return m
    }
}
