/// Atlassian Statuspage API v2 incidents. Not read yet.
enum StatuspageReader {
    static func declines(_ sample: FileSample) -> String? {
        guard sample.startsLikeJSON, sample.text.contains("\"incident_updates\"") else { return "no \"incident_updates\"" }
        return nil
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        out.problems.append(Problem(file: file, place: nil, path: "", message: "this is a Statuspage incidents file, which this version does not read yet"))
        return out
    }
}
