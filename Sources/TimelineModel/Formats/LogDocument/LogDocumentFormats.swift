extension InputFormat {
    /// An Elasticsearch or OpenSearch `_search` response saved as a file (Kibana's and
    /// OpenSearch Dashboards' "Inspect → Response", `curl …/_search`): each hit's
    /// `_source` read as one line of a JSON Lines log (see `LogDocumentReader`).
    static let searchResponse = InputFormat.foreign(
        name: "elasticsearch", title: "Elasticsearch/OpenSearch search response",
        declines: { LogDocumentReader.declinesSearchResponse($0) },
        read: { LogDocumentReader.read($0, file: $1, options: $2, shape: .searchResponse) })

    /// A log file as AWS CloudTrail delivers it to S3 (`{"Records": [{…}, …]}`, once
    /// unzipped): each record read as one line of a JSON Lines log.
    static let cloudTrailFile = InputFormat.foreign(
        name: "cloudtrail", title: "CloudTrail log file",
        declines: { LogDocumentReader.declinesCloudTrailFile($0) },
        read: { LogDocumentReader.read($0, file: $1, options: $2, shape: .cloudTrailFile) })

    /// A plain JSON array of log objects (`[{…}, {…}]`, what `jq -s`, `gcloud logging read
    /// --format json` and many APIs give): each object read as one line of a JSON Lines log.
    static let jsonArrayLog = InputFormat.foreign(
        name: "json-array-log", title: "JSON array of log records",
        declines: { LogDocumentReader.declinesArray($0) },
        read: { LogDocumentReader.read($0, file: $1, options: $2, shape: .array) })
}
