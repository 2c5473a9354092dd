// libFuzzer entry point over the model's handling of untrusted bytes.
//
// Built by `scripts/fuzz` with `swiftc -sanitize=fuzzer,address` together with every file
// of Sources/TimelineModel and Tests/TimelineModelTests/TerminalSafety.swift as one module,
// so there is no `import TimelineModel` here. Outside Sources/ on purpose: `swift build`
// never builds it.
//
// Besides crashes, a finding is any raw control, bidi or invisible character that survives
// into what a terminal would be shown: the neutralised text.

/// Called by libFuzzer with each input; any crash, trap or sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    _ = TimeParser.parse(bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    for keep in [false, true] {
        let shown = SafeText.neutralise(text, keepingNewlines: keep)
        if let bad = TerminalSafety.firstUnsafe(in: shown) {
            fatalError("SafeText.neutralise let \(TerminalSafety.name(bad)) through")
        }
    }
    return 0
}
