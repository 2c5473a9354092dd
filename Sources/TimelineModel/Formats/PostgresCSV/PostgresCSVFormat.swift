extension InputFormat {
    /// PostgreSQL's `csvlog` (see `PostgresCSVReader`): a CSV with no header, told by its
    /// first row's shape.
    static let postgresCSV = InputFormat.records(
        name: "postgres-csvlog", title: "PostgreSQL csvlog",
        declines: { PostgresCSVReader.declines($0) }, reader: { PostgresCSVReader.reader($0, file: $1, options: $2) })
}
