/// Warnings a file would repeat on every record (a Timesketch `datetime` written with
/// dashes in its clock, on each of a million rows): said once, at the first record that
/// has it, and followed by how many more records had it. Warnings are told apart by their
/// message, so a message said once names no value of its record.
struct WarningsSaidOnce: Sendable {
    /// The first of each message, in the order first met, and how many more were met.
    private var firsts: [PendingProblem] = []
    private var more: [Int] = []
    private var index: [String: Int] = [:]

    mutating func note(_ warning: PendingProblem) {
        if let i = index[warning.message] {
            more[i] += 1
        } else {
            index[warning.message] = firsts.count
            firsts.append(warning)
            more.append(0)
        }
    }

    /// Adds what `later` (the second part of a file read in two) noted.
    mutating func append(_ later: WarningsSaidOnce) {
        for (i, w) in later.firsts.enumerated() {
            if let j = index[w.message] {
                more[j] += 1 + later.more[i]
            } else {
                index[w.message] = firsts.count
                firsts.append(w)
                more.append(later.more[i])
            }
        }
    }

    /// The warnings as listed: each once, saying how many more records had it.
    var warnings: [PendingProblem] {
        zip(firsts, more).map { w, n in
            var w = w
            if n > 0 { w.message += " (and \(n) more like it)" }
            return w
        }
    }
}
