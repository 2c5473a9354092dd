/// Plaso's default psort output, "dynamic" CSV (log2timeline/plaso `plaso/output/dynamic.py`):
/// `datetime,timestamp_desc,source,source_long,message,parser,display_name,tag`, times in
/// ISO 8601 with an offset, `-` for an empty value. Read in Timesketch's vocabulary (the
/// two share `datetime`, `timestamp_desc`, `message`, `tag`); Plaso's "no time"
/// (`0000-00-00T00:00:00…`) is left out with a warning, never shown as 1970.
enum PlasoDynamicReader {
    static let columns = ["datetime", "timestamp_desc", "source", "source_long"]

    static func declines(_ sample: FileSample) -> String? {
        guard sample.csvHeader != nil else { return "the first line is not a CSV header" }
        let h = sample.lowercasedHeader
        guard h.starts(with: columns) || (h.first == "datetime" && h.contains("source_long") && h.contains("message")) else {
            return "the header does not start with datetime,timestamp_desc,source,source_long"
        }
        return nil
    }

    /// Reads the CSV a row at a time (see `RecordReader`).
    /// Its events hold their rows' text (`-` only taken out), so a search may look at a
    /// row's bytes first; and a row is skimmed as Timesketch's are (Plaso's `-` and "no
    /// time" are not times `WrittenTime` reads, so such rows are read whole).
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        var reader = RecordReader.csv(bytes, file: file, listed: TimesketchReader.listedColumns, check: { header in
            header.contains("datetime") ? []
                : [Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "", message: "the header has no datetime column")]
        }, madeText: [], map: { TimesketchReader.map($0, file: file, options: options, into: &$1, dashIsEmpty: true) })
        if reader.problems.isEmpty {
            reader.skim = TimesketchReader.skimCSV(bytes, header: RecordFile.csvHeader(bytes, file: file).names, options: options)
        }
        return reader
    }
}
