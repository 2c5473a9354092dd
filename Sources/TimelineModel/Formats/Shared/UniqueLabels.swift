extension Set<String> {
    /// `base`, or `base-2`, `base-3`… when it is taken: the first not yet among these labels,
    /// then added to them. Two sources of one name in a merge stay apart so (two files
    /// named `edge.log`, two guilds' `#general`, two exports' `~town-square`).
    public mutating func insertUnique(_ base: String) -> String {
        var label = base
        var n = 2
        while !insert(label).inserted {
            label = "\(base)-\(n)"
            n += 1
        }
        return label
    }
}
