import TimelineModel

/// The screen shown at once while the files are read (a million events take seconds):
/// what is read, how big, how far through (`37 %`, when the readers tell), for how long,
/// and that q or Ctrl-C stops. Pure, as `render`.
enum LoadingScreen {
    static func render(_ loading: Loading, size: Size) -> Frame {
        var frame = Frame(width: size.width, height: size.height, asciiOnly: loading.asciiOnly)
        let bar = Style(.title, [.bold, .reverse])
        frame.fill(row: 0, style: bar)
        let files = loading.files
        let what: String
        switch loading.stage {
        case .reading where files.count == 1:
            what = "Reading " + SafeText.neutralise(files[0].name) + (files[0].bytes.map { " (\(Loading.sizeText($0)))" } ?? "") + "…"
                + (loading.percent.map { " \($0) %" } ?? "")
        case .reading:
            let side = loading.cores > 1 ? " side by side on \(loading.cores) cores" : ""
            what = "Reading \(files.count) files" + (loading.totalBytes.map { " (\(Loading.sizeText($0)))" } ?? "") + side + "…"
                + (loading.percent.map { " \($0) %" } ?? "")
        case .merging:
            what = "Merging \(files.count) files…"
        }
        frame.write(" " + what, x: 0, y: 0, style: bar)
        var y = 2
        if files.count > 1 {
            // One line a file, as many as fit above the last two rows.
            let nameWidth = min(files.map { Printable.width(SafeText.neutralise($0.name)) }.max() ?? 0, max(10, size.width - 14))
            let room = max(0, size.height - 5)
            for (k, f) in files.enumerated() where k < room {
                if k == room - 1, files.count > room {
                    frame.write("  and \(files.count - k) more", x: 0, y: y, style: Style(.label))
                    y += 1
                    break
                }
                frame.write("  " + SafeText.neutralise(f.name), x: 0, y: y, style: Style(.label), limit: nameWidth + 2)
                if let b = f.bytes {
                    let text = Loading.sizeText(b)
                    frame.write(text, x: nameWidth + 4 + max(0, 7 - Printable.width(text)), y: y, style: Style(.time))
                }
                if loading.stage == .reading, let p = f.percent {
                    let text = "\(p) %"
                    frame.write(text, x: nameWidth + 13 + max(0, 5 - Printable.width(text)), y: y, style: Style(.time, .dim))
                }
                y += 1
            }
            y += 1
        }
        let seconds = "\(loading.tenths / 10).\(loading.tenths % 10) s"
        if y < size.height - 1 {
            frame.write("  " + seconds, x: 0, y: y, style: Style(.time, .dim))
        }
        let status = Style(.status, .reverse)
        frame.fill(row: size.height - 1, style: status)
        frame.write(" q or Ctrl-C stops", x: 0, y: size.height - 1, style: status)
        return frame
    }
}
