/// TimelineJS3 (NUKnightLab/TimelineJS3). Not read yet: detection names it so that it is
/// never mistaken for our format.
enum TimelineJSReader {
    static func declinesJSON(_ sample: FileSample) -> String? {
        guard sample.startsLikeJSON, sample.text.contains("\"events\""), sample.text.contains("\"start_date\"") else {
            return "not a JSON document with events that have start_date"
        }
        return nil
    }

    static func declinesCSV(_ sample: FileSample) -> String? {
        let h = Set(sample.lowercasedHeader)
        guard h.contains("year"), h.contains("headline") else { return "the header has no Year and Headline columns" }
        return nil
    }

    static func readJSON(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        out.problems.append(Problem(file: file, place: nil, path: "", message: "this is a TimelineJS file, which this version does not read yet"))
        return out
    }

    static func readCSV(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        readJSON(bytes, file: file, options: options)
    }
}
