extension InputFormat {
    /// A format read by one of the readers of other tools' files: detection from the start
    /// of the file (`FileSample`), a reader that gives a `ReaderOutput`, and the rest done
    /// by `TimelineBuilder` like every format. The timeline says which reader read it.
    static func foreign(
        name: String, title: String, permissive: Bool = false,
        declines: @escaping @Sendable (FileSample) -> String?,
        read: @escaping @Sendable ([UInt8], _ file: String, ReadOptions) -> ReaderOutput
    ) -> InputFormat {
        InputFormat(
            name: name, title: title, permissive: permissive,
            detect: { bytes, _ in declines(bytes.sample).map { .declines($0) } ?? .takes },
            reader: { bytes, file, options throws(LoadFailure) in
                let array = Array(UnsafeBufferPointer(start: bytes.base, count: bytes.count))
                let output = read(array, file, options)
                var timeline = try output.build(file: file, assumedZone: options.time.assumedZone)
                timeline.inputFormat = output.readerNote.map { "\(title) (\($0))" } ?? title
                timeline.ownLabel = output.ownLabel
                return timeline
            }
        )
    }
}

extension ReaderOutput {
    /// Everything read, through the timeline's rules; a service's record repeated whole
    /// (`RepeatedRecord`) is left out, with a warning.
    func build(file: String, assumedZone: Zone? = nil) throws(LoadFailure) -> Timeline {
        let builder = builder(file: file, assumedZone: assumedZone)
        let repeats = builder.repeatedRecords { offset, _ in events[offset] }
        guard !repeats.isEmpty else { return try builder.build() }
        return try self.builder(file: file, assumedZone: assumedZone, leavingOut: repeats).build()
    }

    private func builder(file: String, assumedZone: Zone?, leavingOut repeats: [RepeatedRecord] = []) -> TimelineBuilder {
        var builder = TimelineBuilder(file: file)
        builder.assumedZone = assumedZone
        builder.title = title
        builder.summary = summary
        if let timezone { builder.timezone = (timezone, FieldPlace(nil, path: "timezone")) }
        builder.extraFields = extraFields
        for p in problems { builder.problem(p.message, at: FieldPlace(p.place, path: p.path)) }
        for w in warnings { builder.warning(w.message, at: FieldPlace(w.place, path: w.path)) }
        let leftOut = Dictionary(repeats.map { ($0.index, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, e) in events.enumerated() {
            if let r = leftOut[i] {
                if let w = r.warning { builder.warning(w, at: r.place) }
            } else {
                builder.add(e)
            }
        }
        return builder
    }
}

extension EventDraft {
    /// A draft with the fields the readers of other formats fill in; `place` is where the
    /// record starts (its line gives the `<file-stem>:<line>` id when `id` is nil).
    static func read(
        id: String? = nil, time: EventTime, written: String, end: EventTime? = nil, endWritten: String? = nil,
        actor: String? = nil, kind: String? = nil, title: String, text: String? = nil,
        sources: [Source] = [], tags: [String] = [], extraFields: [ExtraField] = [], place: SourcePlace,
        idPlace: FieldPlace? = nil, endPlace: FieldPlace? = nil
    ) -> EventDraft {
        var d = EventDraft(time: time, timeWritten: written, title: title, place: FieldPlace(place, path: ""))
        d.id = id
        d.places.id = idPlace
        d.places.time = FieldPlace(place, path: "time")
        if end != nil { d.places.end = endPlace ?? FieldPlace(place, path: "end") }
        d.end = end
        d.endWritten = endWritten
        d.actor = actor
        d.kind = kind
        d.text = text
        d.sources = sources
        d.tags = tags
        d.extraFields = extraFields
        return d
    }
}
