extension InputFormat {
    /// Zeek's own TSV logs (see `ZeekTSVReader`): told by their first line, `#separator`.
    static let zeekTSV = InputFormat.records(
        name: "zeek-tsv", title: "Zeek TSV log",
        declines: { $0.firstLine.hasPrefix("#separator ") ? nil : "the first line is not Zeek's #separator" },
        reader: { ZeekTSVReader.reader($0, file: $1, options: $2) })
}
