/// One row of a timeline as drawn by the viewer and the text export alike.
public enum TimelineRow: Sendable, Hashable {
    /// A change of day in the display zone: `Thursday 2 November 2017`.
    case heading(CivilDate)
    /// Notable quiet time between the neighbouring events.
    case gap(GapDescription)
    /// The event at this index of `Timeline.events`.
    case event(Int)
}

/// The rows for some of a timeline's events (all, or a filtered subset), in order: a
/// heading at each change of day in the display zone, a gap line where notable, then
/// each event. Lazy, so a million events need no row array unless the caller wants one.
///
/// A gap comes before the heading of the next day (the night passes, then the day
/// begins). A day-only event goes under its own date. An event's day is computed in the
/// display zone, so in another zone a day-only event may share a heading with events of
/// a neighbouring date only by coming after them; its heading is then repeated.
public struct TimelineRows<Indices: Sequence<Int>>: Sequence {
    public let events: EventList
    public let indices: Indices
    public let formatter: TimeFormatter
    /// The position of the event listed just before `indices`, for one piece of a longer
    /// list: the first rows then get the gap and heading they have in the whole list.
    public let previous: Int?
    /// Fetch events with `EventList.listed(at:)` (enough to draw their line) rather
    /// than whole.
    public let listedOnly: Bool
    /// With `listedOnly`, leave out the actor and title of events whose text is plain and
    /// give it as `PlainLine` in `Iterator.previousPlain` instead (for the text export).
    var plainLines = false

    /// The rows for `indices` (ascending positions in `events`), continuing after the
    /// event at `previous` when given.
    public init(events: EventList, indices: Indices, formatter: TimeFormatter, after previous: Int? = nil, listedOnly: Bool = false) {
        self.events = events
        self.indices = indices
        self.formatter = formatter
        self.previous = previous
        self.listedOnly = listedOnly
    }

    public func makeIterator() -> Iterator {
        var iterator = Iterator(events: events, indices: indices.makeIterator(), formatter: formatter, listedOnly: listedOnly)
        iterator.plainLines = plainLines && listedOnly
        if let previous {
            let event = iterator.fetch(previous)
            iterator.previous = event
            iterator.previousDay = formatter.day(of: event)
        }
        return iterator
    }

    public struct Iterator: IteratorProtocol {
        let events: EventList
        var indices: Indices.Iterator
        let formatter: TimeFormatter
        let listedOnly: Bool
        /// The rows made for the last event fetched, and how many of them are returned.
        var pending: [TimelineRow] = []
        var returned = 0
        /// The last event fetched: after an event row, that row's event.
        public internal(set) var previous: Event? = nil
        /// With `plainLines`, the text of `previous` when it is plain (its `actor` and
        /// `title` are then left out of it).
        var previousPlain: PlainLine? = nil
        var plainLines = false
        var previousDay: CivilDate? = nil

        func fetch(_ i: Int) -> Event {
            listedOnly ? events.listed(at: i) : events[i]
        }

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

        /// The next row; for an event row, its event is then `previous` (read it there
        /// rather than copy it).
        public mutating func nextRow() -> TimelineRow? {
            if returned < pending.count {
                returned += 1
                return pending[returned - 1]
            }
            guard let i = indices.next() else { return nil }
            let event: Event
            if plainLines {
                (event, previousPlain) = events.store.forLine(at: i)
            } else {
                event = fetch(i)
            }
            let day = formatter.day(of: event)
            pending.removeAll(keepingCapacity: true)
            returned = 0
            if let p = previous, let gap = GapDescription.between(p, event, formatter: formatter) {
                pending.append(.gap(gap))
            }
            if day != previousDay { pending.append(.heading(day)) }
            pending.append(.event(i))
            // Moved, not copied: a copy retains and releases every field of the event.
            previous = consume event
            previousDay = day
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
