/// TimelineJS3 (NUKnightLab/TimelineJS3): recognised, not read yet.
enum TimelineJSReader {
    static func declinesCSV(_ sample: FileSample) -> String? {
        let h = Set(sample.lowercasedHeader)
        guard h.contains("year"), h.contains("headline") else { return "the header has no Year and Headline columns" }
        return nil
    }
}
