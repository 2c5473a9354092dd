/// What every export format reads: the timeline, the events shown and how the view shows
/// them (zone, filter, relative times and mark, details). The viewer's `e` and the
/// `export` command build the same view, so the screen and every file agree.
public struct ExportView: Sendable {
    /// Markdown as one table a day, or as a list of events.
    public enum MarkdownStyle: String, Sendable, CaseIterable {
        case table
        case list
    }

    public let timeline: Timeline
    /// Times in the display zone, as the screen shows them.
    public let formatter: TimeFormatter
    /// Ascending positions in `timeline.events` of the events exported (the filter applied).
    public let indices: [Int]
    /// The filter as the user wrote it (`actor:twittergov`), nil when none.
    public var filter: String?
    /// Add a T+ column counting from `origin`.
    public var relative: Bool
    /// The position of the event relative times count from; the first event when nil.
    public var mark: Int?
    /// Each event's text, quote, sources, tags and extra fields.
    public var details: Bool
    /// Columns to wrap plain text to; nil for no wrapping (only the text format wraps).
    public var width: Int?
    /// The file the timeline was read from, as the user named it (the CSV `source file`).
    public var sourceName: String
    public var markdownStyle: MarkdownStyle
    /// Where the writers that make their body in pieces (`pieceParts`) write it as it is
    /// made; nil: they return it (see `ExportFormat.write(_:to:)`).
    var stream: ExportStream? = nil

    public init(
        timeline: Timeline, zone: Zone? = nil, indices: [Int]? = nil, filter: String? = nil,
        relative: Bool = false, mark: Int? = nil, details: Bool = false, width: Int? = nil,
        sourceName: String = "", markdownStyle: MarkdownStyle = .table
    ) {
        self.timeline = timeline
        self.formatter = TimeFormatter(timeline: timeline, zone: zone)
        self.indices = indices ?? Array(timeline.events.indices)
        self.filter = filter.flatMap { $0.isEmpty ? nil : $0 }
        // A mark means relative times, as the viewer's `m` key turns them on.
        self.relative = relative || mark != nil
        self.mark = mark
        self.details = details
        self.width = width
        self.sourceName = sourceName
        self.markdownStyle = markdownStyle
    }

    /// The event relative times count from (the mark, else the timeline's first event), as
    /// the viewer chooses it; nil without relative times.
    public var originEvent: Event? {
        guard relative else { return nil }
        if let mark { return timeline.events[mark] }
        return timeline.events.first
    }

    /// The event T+0 stands for (`originEvent`), under the name the writers use.
    public var origin: Event? { originEvent }

    /// `T+13 min` for `event`, nil without relative times.
    public func relativeTime(_ event: Event, origin: Event?) -> String? {
        origin.map { formatter.relative(event, to: $0) }
    }

    /// `relativeTime` of the event at `position`, whose id is `id`, read as a listing
    /// reads it (the time alone) rather than whole.
    func relativeTime(at position: Int, id: TextValue, origin: Event?) -> String? {
        guard let origin else { return nil }
        var event = timeline.events.listed(at: position)
        event.id = id.string
        return formatter.relative(event, to: origin)
    }

    /// `T+ from ~2017-11-02 18:48 (the mark: deactivation)`: what T+0 is, for headers.
    public var originDescription: String? {
        guard let event = originEvent else { return nil }
        let when = formatter.dateAndTime(of: event.time, precision: event.precision, approximate: event.approximate)
        let whose = mark == nil ? "the first event" : "the mark"
        return "T+ from \(when) (\(whose): \(event.id))"
    }

    /// The position of the event with `id`, nil when there is none.
    public static func position(ofId id: String, in events: EventList) -> Int? {
        // `listed(at:)` leaves ids out of a loaded file's events: read them whole.
        events.indices.first { events[$0].id == id }
    }

    /// `make` applied to consecutive pieces of `indices`, several at once on a big export
    /// (see `ExportPieces`); the results in order. Each piece knows the event listed
    /// before it, so writers that number, separate or head days get the pieces right.
    func pieces(_ make: (ArraySlice<Int>, _ previous: Int?) -> [UInt8]) -> [[UInt8]] {
        ExportPieces(indices).map { make($0.indices, $0.previous) }
    }

    /// Pieces a core of a streamed export (`pieceParts`).
    static let streamedPiecesPerCore = 16

    /// `pieces` for a writer that appends each piece to an `ExportBytes`: `before`, all the
    /// pieces' parts in order, then `after`. With a `stream`, they are written to it as
    /// they are made, in order, and none is returned.
    func pieceParts(before: [UInt8] = [], after: [UInt8] = [],
                    _ make: (ArraySlice<Int>, _ previous: Int?, _ out: inout ExportBytes) -> Void) -> [[UInt8]] {
        guard let stream else {
            let pieces = ExportPieces(indices)
            let bodies = pieces.map { piece in
                var out = ExportBytes()
                make(piece.indices, piece.previous, &out)
                return out.parts()
            }
            return (before.isEmpty ? [] : [before]) + bodies.flatMap { $0 } + (after.isEmpty ? [] : [after])
        }
        // Small pieces: a piece made before those ahead of it are written holds its parts,
        // memory the system must give and clear; smaller, the parts go out sooner and come
        // back to be filled again while the processor's cache still holds them.
        let pieces = ExportPieces(indices, perCore: Self.streamedPiecesPerCore)
        let outlet = ExportOutlet(slots: pieces.pieces.count + 2, stream: stream)
        outlet.hand(before, slot: 0)
        outlet.finish(slot: 0)
        _ = pieces.enumerated { k, piece in
            var out = ExportBytes(outlet: outlet, slot: k + 1)
            make(piece.indices, piece.previous, &out)
            _ = out.parts()
        }
        outlet.hand(after, slot: pieces.pieces.count + 1)
        outlet.finish(slot: pieces.pieces.count + 1)
        return []
    }
}
