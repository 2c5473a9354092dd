/// A whole file that is one JSON value (Statuspage, TimelineJS), parsed with places.
struct JSONDocument {
    var root: JSONValue
    var places: ProblemPlaces

    /// The document, or a problem with its place in `out`.
    static func parse(_ bytes: [UInt8], file: String, into out: inout ReaderOutput) -> JSONDocument? {
        var places = ProblemPlaces(file: file, bytes: bytes)
        var parser = JSONValueParser(bytes: bytes, start: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        parser.endName = "the file"
        do throws(JSONValueParser.Failure) {
            let root = try parser.parseWhole()
            for offset in parser.invalidUTF8Offsets {
                out.warnings.append(places.problem(at: offset, "", "invalid UTF-8 inside a string (shown as U+FFFD)"))
            }
            return JSONDocument(root: root, places: places)
        } catch {
            out.problems.append(places.problem(at: error.offset, "", error.message))
            return nil
        }
    }
}
