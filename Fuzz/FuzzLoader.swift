// libFuzzer entry point over the model's parsing of untrusted bytes.
//
// Built by `scripts/fuzz` with `swiftc -sanitize=fuzzer,address` together with every file
// of Sources/TimelineModel as one module, so there is no `import TimelineModel` here.
// Outside Sources/ on purpose: `swift build` never builds it.

/// Called by libFuzzer with each input; any crash, trap or sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    _ = TimeParser.parse(bytes)
    return 0
}
