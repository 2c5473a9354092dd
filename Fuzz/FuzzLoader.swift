// libFuzzer entry point over the loader (detection and every reader), the text exporter,
// SafeText, and the readers' time and HTML parsers (TimelineJS's spreadsheet Time and a
// spreadsheet timeline's times and header too).
//
// Built by `scripts/fuzz` with `swiftc -sanitize=fuzzer,address` together with every file
// of Sources/TimelineModel and Tests/TestSupport/TerminalSafety.swift as one module,
// so there is no `import TimelineModel` here. Outside Sources/ on purpose: `swift build`
// never builds it.
//
// Besides crashes and sanitizer reports, a finding is a raw control, bidi or invisible
// character in what a terminal would be shown: the text export of whatever loads.
// (Refusal messages quote the file's text raw by design; the CLI neutralises them when it
// prints them, which HostileCorpusCLITests checks.)

/// Called by libFuzzer with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    // Detection, or one reader forced, chosen by the input's length (libFuzzer varies
    // lengths all the time, so every reader meets every kind of input; running all of
    // them on each input made the run ten times slower). Readers of other tools' formats
    // take zoneless times in UTC (and a BSD syslog's missing year as 2012) here, so that
    // their later stages are reached.
    let choice = size % (InputFormat.all.count + 1)
    if choice == 0 {
        check(bytes, ReadOptions())
    } else {
        var time = TimeReading(assumedZone: .utc, ambiguous: .earlier)
        time.assumedYear = 2012
        check(bytes, ReadOptions(format: InputFormat.all[choice - 1], time: time))
    }
    _ = TimeParser.parse(UnsafeBufferPointer(start: data, count: size))
    _ = WrittenTime.parse(String(decoding: bytes, as: UTF8.self))
    _ = HTMLText(String(decoding: bytes, as: UTF8.self))
    _ = TimelineJSClock.parse(String(decoding: bytes.prefix(64), as: UTF8.self))
    _ = SheetTime.parse(String(decoding: bytes.prefix(96), as: UTF8.self), dayFirst: size % 3 == 0 ? nil : size % 3 == 1)
    _ = SpreadsheetColumns(String(decoding: bytes.prefix(256), as: UTF8.self).split(separator: ",").map(String.init))
    return 0
}

/// Loads `bytes` with `options` and checks what a terminal would be shown.
private func check(_ bytes: UnsafeRawBufferPointer, _ options: ReadOptions) {
    do {
        let timeline = try TimelineLoader.load(bytes: bytes, name: "fuzz.json", options: options)
        // A warning's path may be a name from the file (a CSV column): every place that
        // shows one neutralises it, as here.
        for warning in timeline.warnings where TerminalSafety.firstUnsafe(in: SafeText.neutralise(warning.description)) != nil {
            fatalError("a warning carries \(TerminalSafety.name(TerminalSafety.firstUnsafe(in: SafeText.neutralise(warning.description))!))")
        }
        // Exporting decodes every event (they are decoded lazily) and formats every field.
        for details in [false, true] {
            let options = TextExporter.Options(details: details, width: details ? 40 : nil)
            let text = String(decoding: TextExporter(timeline: timeline, zone: .utc, options: options).export(), as: UTF8.self)
            if let bad = TerminalSafety.firstUnsafe(in: text) {
                fatalError("the text export let \(TerminalSafety.name(bad)) through")
            }
        }
    } catch {
        if error.problems.isEmpty { fatalError("refused with no problem listed") }
    }
}
