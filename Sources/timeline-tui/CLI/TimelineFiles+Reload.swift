import TimelineModel

extension TimelineFiles {
    /// The files read again for `R` (and, with several, for `F` when one changed): the same
    /// readers, labels and merge as at start, their duplicates checked at once (this runs
    /// away from the loop). One bad file keeps what is shown: the failure names its first
    /// problem with its place, and how many files have problems. With `--skip-bad` the bad
    /// ones are left out again, and named.
    func readAgain() -> Result<ReadAgain, ReloadFailure> {
        let prepared: (labels: [String], options: [ReadOptions])
        do {
            prepared = try readings(measuringListedText: false)
        } catch {
            return .failure(ReloadFailure(reason: SafeText.neutralise("\(error)")))
        }
        let results = Self.readAll(sources, options: prepared.options)
        var good: [(source: Int, input: MergeInput)] = []
        var bad: [(name: String, failure: LoadFailure)] = []
        for (k, result) in results.enumerated() {
            switch result {
            case .success(let t): good.append((k, MergeInput(label: prepared.labels[k], timeline: t)))
            case .failure(let f): bad.append((sources[k].name, f))
            }
        }
        if let first = bad.first, !(merge.skipBad && !good.isEmpty) {
            let problems = bad.reduce(0) { $0 + $1.failure.problems.count }
            let place = first.failure.problems.first.map { SafeText.neutralise($0.description) }
                ?? "\(SafeText.neutralise(first.name)) cannot be read"
            var more: [String] = []
            if problems > 1 { more.append("and \(problems - 1) more") }
            if sources.count > 1 { more.append("\(bad.count) of \(sources.count) files") }
            return .failure(ReloadFailure(reason: place + (more.isEmpty ? "" : " (\(more.joined(separator: ", ")))")))
        }
        guard sources.count > 1 else { return .success(ReadAgain(good[0].input.timeline)) }
        let merged = TimelineMerge.merge(byChannel(good), title: merge.title, keepDuplicates: merge.keepDuplicates, foldingLater: false)
        let skipped = bad.map { "skipped \(SafeText.neutralise($0.name)) (\($0.failure.problems.first.map { SafeText.neutralise($0.description) } ?? "it cannot be read"))" }
        return .success(ReadAgain(merged, note: skipped.isEmpty ? nil : skipped.joined(separator: "; ")))
    }
}
