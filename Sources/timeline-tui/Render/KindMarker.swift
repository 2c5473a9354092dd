/// The one-column marker and colour of an event's kind, so events can be told apart at a
/// glance, without colour too. The journalism kinds and those responders use have their
/// own (case-insensitive); any other kind gets a stable marker from a small set (the same
/// kind, the same marker, run after run); no kind, `·`.
struct KindMarker: Sendable, Hashable {
    let sign: String
    let role: Style.Role

    /// The kinds with a marker of their own, in the order the help's legend lists them.
    static let known: [(kind: String, marker: KindMarker)] = [
        ("action", KindMarker(sign: "●", role: .kindAction)),
        ("statement", KindMarker(sign: "»", role: .kindStatement)),
        ("reaction", KindMarker(sign: "↺", role: .kindReaction)),
        ("report", KindMarker(sign: "≡", role: .kindReport)),
        ("alert", KindMarker(sign: "▲", role: .kindAlert)),
        ("page", KindMarker(sign: "↯", role: .kindAlert)),
        ("detection", KindMarker(sign: "◉", role: .kindDetection)),
        ("deploy", KindMarker(sign: "⇡", role: .kindChange)),
        ("change", KindMarker(sign: "∆", role: .kindChange)),
        ("mitigation", KindMarker(sign: "◐", role: .kindMitigation)),
        ("recovery", KindMarker(sign: "↗", role: .kindRecovery)),
        ("resolved", KindMarker(sign: "✓", role: .kindRecovery)),
        ("decision", KindMarker(sign: "◇", role: .kindDecision)),
        ("communication", KindMarker(sign: "⇄", role: .kindCommunication)),
        ("note", KindMarker(sign: "○", role: .kindOther)),
    ]
    private static let table = Dictionary(uniqueKeysWithValues: known.map { ($0.kind, $0.marker) })

    /// Signs for the other kinds.
    static let others = ["□", "△", "▽", "◁", "▷", "◊"]

    /// The marker of `kind` (free text in the file).
    static func of(_ kind: String?) -> KindMarker {
        let k = (kind ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard !k.isEmpty else { return KindMarker(sign: "·", role: .kindOther) }
        if let m = table[k] { return m }
        // FNV-1a over the bytes: Swift's own hash changes from run to run.
        var h: UInt32 = 2_166_136_261
        for b in k.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return KindMarker(sign: others[Int(h % UInt32(others.count))], role: .kindOther)
    }
}
