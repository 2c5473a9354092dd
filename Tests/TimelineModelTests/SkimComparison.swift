import Testing
@testable import TimelineModel

/// What every skim suite does: read a file with a record reader's first-pass skim and
/// without it (`RecordReader.skim` off), and expect the same problems and warnings with
/// their places, the same events, listings and exports; and walk a file line by line to
/// see which lines the skim takes. (A file of the test target, not of `TestSupport`: it
/// reads the readers' internals, and `TestSupport` is built without `@testable`.)
enum SkimComparison {
    /// The zones a skim is read under: none assumed, a zone with summer time, UTC.
    static let optionSets = [
        ReadOptions(), ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "Europe/Paris"))),
        ReadOptions(time: TimeReading(assumedZone: .utc)),
    ]

    /// The file read by `reader` with its skim and without it: the timeline, or the failure.
    static func loads(_ bytes: [UInt8], name: String, _ reader: (FileBytes, String) -> RecordReader)
        -> (skimmed: Result<Timeline, LoadFailure>, whole: Result<Timeline, LoadFailure>, skims: Bool) {
        let file = bytes.withUnsafeBytes { FileBytes(copying: $0) }
        let skimming = reader(file, name)
        var plain = skimming
        plain.skim = nil
        plain.skimMaking = nil
        return (Result { () throws(LoadFailure) in try skimming.load(file, file: name) },
                Result { () throws(LoadFailure) in try plain.load(file, file: name) },
                skimming.skim != nil || skimming.skimMaking != nil)
    }

    static func expectSame(_ skimmed: Result<Timeline, LoadFailure>, _ whole: Result<Timeline, LoadFailure>) throws {
        switch (skimmed, whole) {
        case (.failure(let a), .failure(let b)):
            #expect(a.description == b.description)
        case (.success(let a), .success(let b)):
            #expect(a.warnings.map(\.description) == b.warnings.map(\.description))
            #expect(a.timezone == b.timezone)
            try expectSameEvents(a, b)
            #expect(a.events.map(\.id) == b.events.map(\.id))
        default:
            Issue.record("one read failed and the other did not: \(skimmed), \(whole)")
        }
    }

    /// Event by event, each listing (verbatim title and actor with their widths), and the
    /// text export with and without details.
    static func expectSameEvents(_ a: Timeline, _ b: Timeline) throws {
        #expect(a.events.count == b.events.count)
        let sa = try #require(a.events.store as? RecordFileStore)
        let sb = try #require(b.events.store as? RecordFileStore)
        for i in a.events.indices {
            #expect(a.events[i] == b.events[i])
            let (ea, ta) = sa.verbatimLine(at: i)
            let (eb, tb) = sb.verbatimLine(at: i)
            if (ta == nil) == (tb == nil) {
                #expect(ea == eb)
                #expect(ta.map { Array($0.title) } == tb.map { Array($0.title) } && ta?.titleWidth == tb?.titleWidth)
                #expect(ta?.actor.map(Array.init) == tb?.actor.map(Array.init) && ta?.actorWidth == tb?.actorWidth)
            } else {
                // A title made by the skim (`MadeTitles`) beside the same title read again.
                #expect(shown(ea, ta) == shown(eb, tb), "event \(i)")
            }
        }
        for options in [TextExporter.Options(details: false, width: nil), TextExporter.Options(details: false, width: 50),
                        TextExporter.Options(details: true, width: 60)] {
            #expect(TextExporter(timeline: a, options: options).export() == TextExporter(timeline: b, options: options).export())
        }
    }

    /// A listing as a line shows it: the event with its title and actor (taken from the
    /// verbatim text when there is one), and their widths; no kind (a line shows none, and
    /// a verbatim listing has none, `ListedLine.event`).
    static func shown(_ event: Event, _ text: VerbatimLineText?) -> String {
        var e = event
        e.kind = nil
        guard let text else {
            return "\(e) \(DisplayWidth.of(SafeText.neutralise(e.title))) \(e.actor.map { DisplayWidth.of(SafeText.neutralise($0)) } ?? 0)"
        }
        e.title = String(decoding: text.title, as: UTF8.self)
        e.actor = text.actor.map { String(decoding: $0, as: UTF8.self) }
        return "\(e) \(text.titleWidth) \(text.actor == nil ? 0 : text.actorWidth)"
    }

    /// The records `skim` takes, walking `file` a line at a time from `offset` (line
    /// `line`), with the text of each one's title, actor and id.
    /// (`made`: where a skim that makes its titles wrote them, `RecordReader.skimMaking`.)
    static func taken(_ file: FileBytes, by skim: (Int, Int) -> SkimmedRecord?, made: MadeTitles? = nil, from offset: Int = 0,
                      line: Int = 1) -> [(line: Int, title: String, actor: String?, id: String?)] {
        func text(_ r: Range<Int>?) -> String? {
            r.map { String(decoding: UnsafeBufferPointer(start: file.base + $0.lowerBound, count: $0.count), as: UTF8.self) }
        }
        var (offset, line) = (offset, line)
        var taken: [(line: Int, title: String, actor: String?, id: String?)] = []
        while offset < file.count {
            if let s = skim(offset, line) {
                if let made, let entry = s.made {
                    taken.append((line, String(decoding: made.title(entry), as: UTF8.self),
                                  made.actor(entry).map { String(decoding: $0, as: UTF8.self) }, text(s.id)))
                } else {
                    taken.append((line, text(s.title) ?? "", text(s.actor), text(s.id)))
                }
            }
            offset = RecordFile.lineEnd(file, from: offset) + 1
            line += 1
        }
        return taken
    }
}
