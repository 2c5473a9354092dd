/// One drawn synthetic event: numbers and indices into the text pools, nothing written yet,
/// so each output format (JSON, Timesketch CSV, a JSON Lines log) writes the same event.
struct SyntheticEvent {
    /// The written forms a time takes in our JSON file.
    enum Form {
        case exact               // 2017-11-02T22:35:43.905Z
        case second(Int)         // 2017-11-02T18:35:43-04:00 (the offset in seconds)
        case minute(Int)         // 2017-11-02T18:35-04:00
        case day                 // 2017-11-02 (New York's date)
    }

    /// What the event says about how well its time is known.
    enum Certainty {
        case stated
        case approximateToTheMinute   // "approximate": true, "precision": "minute"
        case toTheSecond              // "precision": "second"
    }

    /// The title's shape; the pieces come from the pools.
    struct Title {
        var subject: Int
        var verb: Int
        var pattern: Int
        var minutes: Int           // only for the "after N minutes" pattern
        var emoji: Int?
    }

    struct Source {
        var pool: Int
        var number: Int
    }

    var index: Int
    /// The instant, in seconds since 1970 (UTC), and its milliseconds.
    var time: Int
    var milliseconds: Int
    var form: Form
    var end: (time: Int, milliseconds: Int)?
    var certainty: Certainty
    var actor: Int
    var kind: Int
    var title: Title
    var sentences: [Int]
    var paragraph: Int?
    var quote: Int?
    var sources: [Source]
    var tagCount: Int
    var firstTag: Int

    /// The tags' pool indices: `tagCount` of them, five apart, from `firstTag`.
    func tags(poolSize: Int) -> [Int] {
        (0..<tagCount).map { (firstTag + $0 * 5) % poolSize }
    }
}
