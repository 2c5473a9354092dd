import Dispatch

/// Reads what was appended to a timeline file since it was loaded, for following it
/// (`F`): only the new bytes, up to the last complete line (a line still being written
/// waits for its end), read by the file's own reader as if at their place in the file;
/// with the lines where ids they use again were first used, when there are such ids, so
/// that the rules on ids are the whole file's.
///
/// Line-based files only: our JSON Lines (after its header line), the JSON Lines and text
/// logs, Timesketch and Plaso lines, and CSV (after its header row). A JSON document
/// cannot grow by appending; `init` gives nil and the file is read again whole.
public struct FileTail: Sendable {
    public let path: String
    /// The loaded timeline's end in the file: the next read starts here.
    public private(set) var offset: Int
    private let format: InputFormat
    private let options: ReadOptions
    /// The line naming the columns or the timeline's fields, put before the new lines.
    private let header: [UInt8]?
    /// Whether paths say `events[N]` (our format): N counts from the file's first event.
    private let numbersEvents: Bool
    /// Lines before `offset`; counted when first needed (reading the whole file once) for
    /// our format, whose new lines are read without them and renumbered only to place a
    /// problem; at once for the others, whose ids may be made of line numbers.
    private var linesBefore: Int?
    /// Events (non-blank lines after the header) before `offset`.
    private var eventsBefore: Int
    /// The file read, to notice one renamed over it.
    private let identity: (device: UInt64, inode: UInt64)
    /// The first bytes of the file and the last ones before `offset` (up to
    /// `fingerprintSize` each), as read: a file truncated and written again in place to the
    /// same size or more keeps its name, inode and (often) size, but not these.
    private var head: [UInt8]
    private var end: [UInt8]
    static let fingerprintSize = 4096
    /// Hashes of the ids in the file so far, to report one used again; made on first need
    /// from `loaded` (a hash equal by chance would report a repeat wrongly: one chance in
    /// about 2^64 / ids).
    private var ids: Set<Int>?
    /// The events loaded at first, and the first place of each id appended since: where an
    /// id used again was first used (`firstUses`).
    private let loaded: EventList
    /// Ids appended since, at their line; for our format (read without the lines before
    /// it), at the byte where their line starts, its number counted only when asked.
    private var appendedIds: [String: Int] = [:]

    /// What one look at the file found.
    public enum Step: Sendable {
        /// No complete new line.
        case nothing
        /// New events (sorted among themselves), with the new lines' warnings; or, when
        /// the new lines have problems, none of them and the problems with their places.
        case grew(events: [Event], warnings: [Problem], problems: [Problem])
        /// The file is shorter than what was read.
        case truncated(size: Int)
        /// Another file now has the name (renamed over it), or it is gone.
        case replaced
        /// The same file was written again from its start (truncated, then as long as
        /// before or longer): what was read is no longer what the file holds.
        case rewritten
        /// The new lines continue the last event read (a text log's stack trace written
        /// after its timed line): the file is read whole, so that they join its text as
        /// they would have, had they been there at first.
        case continuesLastEvent
    }

    /// The bytes of a file that tell it was written again: its first bytes and the last
    /// ones before `offset` (up to `fingerprintSize` each). Taken when the file was loaded,
    /// it lets the first look of a follow started later notice a rewrite made meanwhile.
    public struct Fingerprint: Sendable, Equatable {
        public let offset: Int
        let head: [UInt8]
        let end: [UInt8]

        /// The fingerprint of `path` as it is now, read up to `offset`; nil when it cannot
        /// be read.
        public init?(path: String, upTo offset: Int) {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            self.init(fd, upTo: offset)
        }

        init(_ fd: Int32, upTo offset: Int) {
            self.offset = offset
            head = FileTail.read(fd, from: 0, count: min(offset, FileTail.fingerprintSize))
            end = FileTail.read(fd, from: max(0, offset - FileTail.fingerprintSize), count: min(offset, FileTail.fingerprintSize))
        }
    }

    /// Prepares to follow `path`, of which `timeline` was read with `options`; nil when the
    /// file cannot be followed by its end (not line-based, or not read from a file).
    /// `readAs`: the file's fingerprint when it was read, if taken then (else it is taken
    /// now, and a rewrite made before now goes unnoticed).
    public init?(path: String, timeline: Timeline, options: ReadOptions = ReadOptions(), readAs: Fingerprint? = nil) {
        guard let read = timeline.bytesRead else { return nil }
        // A log without years (BSD syslog) dates a line by the lines before it (`LogYears`):
        // new lines alone would lose that; the file is read again whole.
        if options.time.assumedYear != nil && timeline.inputFormat == InputFormat.textLog.title { return nil }
        // strace's times of day likewise take their day from the lines before (`StraceDays`).
        if options.time.assumedDate != nil && timeline.inputFormat?.hasPrefix(InputFormat.strace.title) == true { return nil }
        // "Read as" may add what the reader recognised: `JSON Lines log (pino: time in epoch
        // milliseconds)` was read by the JSON Lines log reader.
        let format = options.format ?? timeline.inputFormat.flatMap { read in
            InputFormat.all.first { read == $0.title || read.hasPrefix($0.title + " (") }
        } ?? .timelineJSON
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        identity = (UInt64(st.st_dev), UInt64(st.st_ino))
        let start = Self.read(fd, from: 0, count: min(read, 1 << 20))
        let print = readAs.flatMap { $0.offset == read ? $0 : nil } ?? Fingerprint(fd, upTo: read)
        head = print.head
        end = print.end
        let firstLine = Self.firstLine(start)
        switch format.name {
        case InputFormat.timelineJSON.name:
            let layout = start.withUnsafeBufferPointer {
                JSONLayout.detect($0.baseAddress!, start: 0, end: $0.count, name: path)
            }
            guard case .jsonLines(let headerFirst) = layout else { return nil }
            header = headerFirst ? firstLine : nil
            numbersEvents = true
        case let name where name.hasSuffix("csv"):
            header = firstLine
            numbersEvents = false
        case InputFormat.jsonLog.name, InputFormat.textLog.name, InputFormat.plasoJSONL.name, InputFormat.timesketchJSONL.name:
            header = nil
            numbersEvents = false
        default:
            return nil
        }
        guard header == nil || firstLine != nil else { return nil }
        self.path = path
        self.format = format
        self.options = options
        offset = read
        linesBefore = numbersEvents ? nil : Self.countLines(fd, upTo: read)
        eventsBefore = timeline.events.count
        loaded = timeline.events
    }

    /// Reads the complete lines appended since the last step.
    public mutating func step() -> Step {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .replaced }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .replaced }
        guard UInt64(st.st_dev) == identity.device, UInt64(st.st_ino) == identity.inode else { return .replaced }
        let size = Int(st.st_size)
        if size < offset { return .truncated(size: size) }
        // Asked because the file's size, time or inode changed: the bytes already read must
        // still be there, else it was written again and is read whole.
        if Self.read(fd, from: 0, count: head.count) != head
            || Self.read(fd, from: offset - end.count, count: end.count) != end {
            return .rewritten
        }
        guard size > offset else { return .nothing }
        let bytes = Self.read(fd, from: offset, count: size - offset)
        guard let lastNewline = bytes.lastIndex(of: 0x0A) else { return .nothing }
        let complete = bytes[...lastNewline]
        let newLines = complete.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let newEvents = Self.nonBlankLines(complete).count
        defer {
            offset += complete.count
            if head.count < Self.fingerprintSize { head += complete.prefix(Self.fingerprintSize - head.count) }
            end = Array((end + complete).suffix(Self.fingerprintSize))
            linesBefore = linesBefore.map { $0 + newLines }
            eventsBefore += newEvents
        }
        // Blank lines only: nothing to read (a reader would call the text empty).
        guard newEvents > 0 else { return .nothing }
        if format == .textLog, let first = Self.firstLine(Array(complete)),
           !TextLogReader.startsEvent(String(decoding: first, as: UTF8.self)) {
            return .continuesLastEvent
        }
        // The header, then the new lines: at their own line numbers (as many empty lines
        // before them as stand between the header and them; readers skip blank lines), or
        // for our format straight after it and renumbered if a problem is found.
        let padding = numbersEvents ? 0 : max(0, (linesBefore ?? 0) - (header == nil ? 0 : 1))
        var text: [UInt8] = []
        text.reserveCapacity((header?.count ?? 0) + 1 + padding + complete.count)
        if let header {
            text += header
            text.append(0x0A)
        }
        text += repeatElement(0x0A, count: padding)
        text += complete
        var timeline: Timeline
        do {
            timeline = try TimelineLoader.load(bytes: text, name: path, format: format, options: options)
        } catch {
            let shift = shiftOfLines(fd)
            return .grew(events: [], warnings: [], problems: error.problems.map { renumbered($0, lines: shift) })
        }
        var events = Array(timeline.events)
        var lines: [Int] { Self.nonBlankLines(complete).map { $0 + (linesBefore ?? 0) + 1 } }
        var problems: [Problem] = []
        if ids == nil { ids = Self.ids(of: loaded) }
        // An id used before: read the new lines again with the lines of its first uses at
        // their places, as the whole file is read, so that a service's record repeated
        // whole is shown once with a warning and another event under its id is refused
        // naming where it was first used (`TimelineBuilder`'s rules, not a rule of this tail).
        var checked = Set<String>()
        // Only where a record is one line: a CSV row's quoted cell may hold line ends, and
        // its first line alone is no row (a CSV's repeated id is refused as before).
        let recordsAreLines = header == nil || numbersEvents
        if recordsAreLines, events.contains(where: { !$0.id.isEmpty && ids?.contains($0.id.hashValue) == true }) {
            let wanted = Set(events.map(\.id).filter { !$0.isEmpty && ids?.contains($0.hashValue) == true })
            let uses = firstUses(of: wanted, fd: fd)
            // An id whose hash alone matched was not used before.
            checked = wanted
            if !uses.isEmpty {
                _ = shiftOfLines(fd)
                // The first uses come first in what is read again: the new lines' events
                // are numbered after them.
                let earlier = Set(uses.values).count
                switch readWithFirstUses(uses, fd: fd, complete: complete) {
                case .failure(let failure):
                    return .grew(events: [], warnings: [], problems: failure.problems.map { renumbered($0, lines: 0, after: earlier) })
                case .success(let again):
                    timeline = again
                    events = Array(again.events).filter { $0.fileIndex >= earlier }
                    for i in events.indices { events[i].fileIndex -= earlier }
                }
            }
        }
        for i in events.indices {
            events[i].fileIndex += eventsBefore
            let id = events[i].id
            guard !id.isEmpty, !checked.contains(id) else { continue }
            if ids?.contains(id.hashValue) == true {
                if linesBefore == nil { linesBefore = Self.countLines(fd, upTo: offset) }
                let k = events[i].fileIndex - eventsBefore
                let lines = lines
                let place = numbersEvents && k < lines.count ? SourcePlace(line: lines[k], column: 1) : events[i].place
                problems.append(Problem(file: path, place: place, path: numbersEvents ? "events[\(events[i].fileIndex)].id" : "id",
                                        message: EventRules.repeatedId(id)))
            }
        }
        if !problems.isEmpty { return .grew(events: [], warnings: [], problems: problems) }
        let starts = numbersEvents ? Self.nonBlankLineStarts(complete) : []
        for e in events where !e.id.isEmpty {
            ids?.insert(e.id.hashValue)
            guard appendedIds[e.id] == nil else { continue }
            let k = e.fileIndex - eventsBefore
            if numbersEvents, k < starts.count { appendedIds[e.id] = offset + starts[k] }
            if !numbersEvents, let place = e.place { appendedIds[e.id] = place.line }
        }
        let shift = timeline.warnings.isEmpty ? 0 : shiftOfLines(fd)
        // The first uses' own warnings were said when they were read.
        let warnings = timeline.warnings.filter { checked.isEmpty || ($0.place?.line ?? .max) > linesBefore ?? 0 }
        return .grew(events: events, warnings: warnings.map { renumbered($0, lines: shift) }, problems: [])
    }

    /// The line where each of `wanted` (ids read again) was first used in the file before
    /// `offset`, when it was; an id only its hash matched is not among them.
    private func firstUses(of wanted: Set<String>, fd: Int32) -> [String: Int] {
        var found: [String: Int] = [:]
        var positions: [Int] = []
        var idAt: [Int: String] = [:]
        for i in 0..<loaded.count {
            let id = loaded.store.id(at: i)
            guard wanted.contains(id) else { continue }
            positions.append(i)
            idAt[i] = id
        }
        for (i, place) in loaded.places(at: positions) {
            let id = idAt[i]!
            found[id] = min(found[id] ?? .max, place.line)
        }
        for id in wanted where found[id] == nil {
            guard let at = appendedIds[id] else { continue }
            found[id] = numbersEvents ? Self.countLines(fd, upTo: at) + 1 : at
        }
        return found
    }

    /// The new lines read again with the lines of `uses` (first uses of their ids) at their
    /// own places before them, as in the whole file: the events and warnings of those
    /// lines are theirs, not new.
    private func readWithFirstUses(_ uses: [String: Int], fd: Int32, complete: ArraySlice<UInt8>) -> Result<Timeline, LoadFailure> {
        let before = linesBefore ?? 0
        let wanted = Set(uses.values)
        var text: [UInt8] = []
        if let header {
            text += header
            text.append(0x0A)
        }
        var line = header == nil ? 1 : 2
        for (number, bytes) in Self.lines(fd, numbered: wanted, upTo: offset) where number >= line {
            text += repeatElement(0x0A, count: number - line)
            text += bytes
            text.append(0x0A)
            line = number + 1
        }
        text += repeatElement(0x0A, count: max(0, before + 1 - line))
        text += complete
        return Result { () throws(LoadFailure) in try TimelineLoader.load(bytes: text, name: path, format: format, options: options) }
    }

    /// The lines numbered `wanted` (1-based) among the first `count` bytes of the file, in
    /// order, each without its line end.
    private static func lines(_ fd: Int32, numbered wanted: Set<Int>, upTo count: Int) -> [(Int, [UInt8])] {
        guard let last = wanted.max() else { return [] }
        var out: [(Int, [UInt8])] = []
        var line = 1
        var at = 0
        let chunk = 1 << 20
        var pending: [UInt8] = []
        while at < count && line <= last {
            let bytes = read(fd, from: at, count: min(chunk, count - at))
            guard !bytes.isEmpty else { break }
            var i = 0
            while i < bytes.count, line <= last {
                guard let nl = bytes[i...].firstIndex(of: 0x0A) else {
                    if wanted.contains(line) { pending += bytes[i...] }
                    break
                }
                if wanted.contains(line) {
                    out.append((line, pending + bytes[i..<nl]))
                }
                pending = []
                line += 1
                i = nl + 1
            }
            at += bytes.count
        }
        return out
    }

    /// How many lines to add to a line of what was read to have its line in the file:
    /// none when the new lines were read at their own numbers.
    private mutating func shiftOfLines(_ fd: Int32) -> Int {
        guard numbersEvents else { return 0 }
        if linesBefore == nil { linesBefore = Self.countLines(fd, upTo: offset) }
        return linesBefore! - (header == nil ? 0 : 1)
    }

    /// A problem of the new lines as the whole file would have it: its line, and
    /// `events[N]` counted from the file's first event.
    /// `after`: the events read before the new lines' (first uses read again with them).
    private func renumbered(_ problem: Problem, lines shift: Int, after earlier: Int = 0) -> Problem {
        var p = problem
        if let place = p.place, place.line > (header == nil ? 0 : 1) { p.place?.line = place.line + shift }
        guard numbersEvents, problem.path.hasPrefix("events["),
              let close = problem.path.firstIndex(of: "]"),
              let n = Int(problem.path[problem.path.index(problem.path.startIndex, offsetBy: 7)..<close])
        else { return p }
        p.path = "events[\(n - earlier + eventsBefore)]" + problem.path[problem.path.index(after: close)...]
        return p
    }

    /// The ids' hashes of `events`, read on both cores in the order cheapest for memory.
    private static func ids(of events: EventList) -> Set<Int> {
        let order = events.store.readingOrder
        let pieces = 4
        // Each piece writes its own slot only, read once all have finished.
        nonisolated(unsafe) let parts = UnsafeMutableBufferPointer<Set<Int>>.allocate(capacity: pieces)
        parts.initialize(repeating: [])
        defer {
            _ = parts.deinitialize()
            parts.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: pieces) { k in
            var set = Set<Int>()
            for i in events.count * k / pieces ..< events.count * (k + 1) / pieces {
                let id = events.store.id(at: order.map { Int($0[i]) } ?? i)
                if !id.isEmpty { set.insert(id.hashValue) }
            }
            parts[k] = set
        }
        return parts.reduce(into: Set<Int>()) { $0.formUnion($1) }
    }

    private static func read(_ fd: Int32, from: Int, count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(from + done)) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        out.removeLast(count - done)
        return out
    }

    /// The file's first non-blank line, without its end; nil when it has none complete.
    private static func firstLine(_ bytes: [UInt8]) -> [UInt8]? {
        var start = 0
        while let end = bytes[start...].firstIndex(of: 0x0A) {
            let line = bytes[start..<end]
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { return Array(line) }
            start = end + 1
        }
        return nil
    }

    /// Line ends in the first `count` bytes of the file.
    private static func countLines(_ fd: Int32, upTo count: Int) -> Int {
        var lines = 0
        var at = 0
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while at < count {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, min(chunk, count - at), off_t(at)) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            buffer.withUnsafeBytes { raw in
                var p = raw.baseAddress!
                let end = p + n
                while let hit = memchr(p, 0x0A, end - p) {
                    lines += 1
                    p = UnsafeRawPointer(hit) + 1
                }
            }
            at += n
        }
        return lines
    }

    /// Where the non-blank lines of `bytes` (whole lines) start, from its start.
    private static func nonBlankLineStarts(_ bytes: ArraySlice<UInt8>) -> [Int] {
        var out: [Int] = []
        var start = 0
        var blank = true
        for (i, b) in bytes.enumerated() {
            if b == 0x0A {
                if !blank { out.append(start) }
                start = i + 1
                blank = true
            } else if b != 0x20 && b != 0x09 && b != 0x0D {
                blank = false
            }
        }
        return out
    }

    /// The 0-based numbers of the non-blank lines in `bytes` (whole lines).
    private static func nonBlankLines(_ bytes: ArraySlice<UInt8>) -> [Int] {
        var out: [Int] = []
        var line = 0
        var blank = true
        for b in bytes {
            if b == 0x0A {
                if !blank { out.append(line) }
                line += 1
                blank = true
            } else if b != 0x20 && b != 0x09 && b != 0x0D {
                blank = false
            }
        }
        return out
    }
}
