extension FileSample {
    /// The cell under column `name` (lower case) in the first row of a comma-separated
    /// sample that has cells, trimmed; nil when the sample has no such row or column.
    func firstRowCell(_ name: String) -> String? {
        guard let column = lowercasedHeader.firstIndex(of: name) else { return nil }
        var scanner = CSVScanner(bytes: Array(text.utf8))
        guard (try? scanner.next()) != nil else { return nil }
        while let row = try? scanner.next() {
            if row.cells.count == 1 && row.cells[0].text.isEmpty { continue }
            return column < row.cells.count ? row.cells[column].text.trimmingWhitespace : nil
        }
        return nil
    }
}
