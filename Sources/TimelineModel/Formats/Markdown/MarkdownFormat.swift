extension InputFormat {
    /// A timeline in Markdown: ours (`--format markdown`) and a postmortem's Timeline
    /// section (see `MarkdownTimelineReader`). The files a merged export names in its
    /// `Source` column come back as the timeline's files.
    static let markdown = InputFormat(
        name: "markdown", title: "Markdown timeline",
        detect: { bytes, name in MarkdownTimelineReader.declines(bytes.sample, name: name).map { .declines($0) } ?? .takes },
        reader: { bytes, file, options throws(LoadFailure) in
            let read = MarkdownTimelineReader.read(Array(UnsafeBufferPointer(start: bytes.base, count: bytes.count)), file: file, options: options)
            var timeline = try read.output.build(file: file, assumedZone: options.time.assumedZone)
            timeline.inputFormat = "Markdown timeline"
            timeline.origins = read.origins
            return timeline
        }
    )
}
