/// One row of a timeline as drawn by the viewer and the text export alike.
public enum TimelineRow: Sendable, Hashable {
    /// A change of day in the display zone: `Thursday 2 November 2017` (or of month or
    /// year for events known only to that: `November 2017`).
    case heading(CalendarPeriod)
    /// Notable quiet time between the neighbouring events.
    case gap(GapDescription)
    /// The event at this index of `Timeline.events`.
    case event(Int)
}

/// How much of each event a list of rows reads.
public enum EventDetail: Sendable, Hashable {
    /// The whole event (`events[i]`).
    case whole
    /// Only what its one-line listing shows (`EventList.listed(at:)`), several times
    /// cheaper from a big loaded file.
    case listing
}

/// The rows for some of a timeline's events (all, or a filtered subset), in order: a
/// heading at each change of day in the display zone, a gap line where notable, then
/// each event (see `RowBreaks` for the rule). Lazy, so a million events need no row array
/// unless the caller wants one.
public struct TimelineRows<Indices: Sequence<Int>>: Sequence {
    public let events: EventList
    public let indices: Indices
    public let formatter: TimeFormatter
    /// The position of the event listed just before `indices`, for one piece of a longer
    /// list: the first rows then get the gap and heading they have in the whole list.
    public let previous: Int?
    /// How much of each event is read.
    public let detail: EventDetail

    /// The rows for `indices` (ascending positions in `events`), continuing after the
    /// event at `previous` when given.
    public init(events: EventList, indices: Indices, formatter: TimeFormatter, after previous: Int? = nil,
                detail: EventDetail = .whole) {
        self.events = events
        self.indices = indices
        self.formatter = formatter
        self.previous = previous
        self.detail = detail
    }

    public func makeIterator() -> Iterator {
        let (events, detail) = (events, detail)
        let before = previous.map { detail == .whole ? events[$0] : events.listed(at: $0) }
        return Iterator(events: events, indices: indices.makeIterator(), detail: detail,
                        breaks: RowBreaks(formatter: formatter, after: before))
    }

    public struct Iterator: IteratorProtocol {
        let events: EventList
        var indices: Indices.Iterator
        let detail: EventDetail
        var breaks: RowBreaks
        /// The rows made for the last event fetched, and how many of them are returned.
        var pending: [TimelineRow] = []
        var returned = 0

        /// After an event row, that row's event (read it here rather than copy it).
        public var previous: Event? { breaks.previous }

        public mutating func next() -> TimelineRow? {
            nextWithEvent()?.row
        }

        /// The next row and, for an event row, the event itself (so callers that draw it
        /// need not fetch it again from a lazily decoded list).
        public mutating func nextWithEvent() -> (row: TimelineRow, event: Event?)? {
            guard let row = nextRow() else { return nil }
            if case .event = row { return (row, previous) }
            return (row, nil)
        }

        /// The next row; for an event row, its event is then `previous`.
        public mutating func nextRow() -> TimelineRow? {
            if returned < pending.count {
                returned += 1
                return pending[returned - 1]
            }
            guard let i = indices.next() else { return nil }
            pending.removeAll(keepingCapacity: true)
            returned = 0
            breaks.add(detail == .whole ? events[i] : events.listed(at: i), at: i, to: &pending)
            return nextRow()
        }
    }
}

extension TimelineRows where Indices == Range<Int> {
    /// The rows for every event of `timeline`.
    public init(timeline: Timeline, formatter: TimeFormatter) {
        self.init(events: timeline.events, indices: timeline.events.indices, formatter: formatter)
    }
}
