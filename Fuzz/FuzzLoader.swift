// libFuzzer entry point over the loader, the text exporter and SafeText.
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
    do {
        let timeline = try TimelineLoader.load(bytes: bytes, name: "fuzz.json")
        // Warnings (invalid UTF-8 inside strings) name a path and a byte offset, never
        // the file's text: nothing in them needs neutralising.
        for warning in timeline.warnings where TerminalSafety.firstUnsafe(in: warning.description) != nil {
            fatalError("a warning carries \(TerminalSafety.name(TerminalSafety.firstUnsafe(in: warning.description)!))")
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
    _ = TimeParser.parse(UnsafeBufferPointer(start: data, count: size))
    return 0
}
