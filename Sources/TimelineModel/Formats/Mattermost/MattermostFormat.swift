extension InputFormat {
    /// Mattermost: a bulk export (`MattermostBulkExport`) or a post list of its REST API
    /// (`MattermostPostList`), told apart by their first bytes.
    static let mattermost = InputFormat.foreign(
        name: "mattermost", title: "Mattermost",
        declines: { sample in
            MattermostBulkExport.takes(sample) || MattermostPostList.takes(sample) ? nil
                : #"the first line is not {"type":"version"} (a bulk export) and there are no "order" and "posts" (a post list)"#
        },
        read: { bytes, file, options in
            // Named with --input-format, a file of lines with a "type" (a bulk export cut
            // from its version line) is read as one, each line's faults said at their place.
            let sample = FileSample(Array(bytes.prefix(FileSample.length)))
            return MattermostBulkExport.takes(sample) || sample.firstLineJSON?["type"]?.string != nil
                ? MattermostBulkExport.read(bytes, file: file, options: options)
                : MattermostPostList.read(bytes, file: file, options: options)
        })
}
