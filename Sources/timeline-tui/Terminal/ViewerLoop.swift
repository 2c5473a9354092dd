import Foundation
import TimelineModel

/// Runs the viewer on the real terminal: keys in, `update`, effects, `render`, frame out,
/// until `q` or a signal. The terminal is restored on every way out.
enum ViewerLoop {
    /// How the viewer ended.
    enum Outcome {
        /// The user quit.
        case quit
        /// The key source ended or failed (the terminal is restored by then).
        case keysEnded
    }

    /// `watching`: the file shown, checked now and then for changes (nil for the bundled one).
    /// Throws when the terminal cannot be used (`TERM` unset or unknown, no /dev/tty).
    static func run(_ initial: ViewState, colour: Bool, watching file: String?, export: (ViewState, ExportFormat) -> [[UInt8]]) throws(Terminal.Unavailable) -> Outcome {
        let terminal = try Terminal(colour: colour)
        defer { terminal.stop() }
        var state = initial
        let size = terminal.size
        state = update(state, .resize(width: size.width, height: size.height))
        var dirty = true
        var watch = file.map { FileWatch(path: $0) }
        var idle = 0
        while true {
            if let sig = Signals.takePending() {
                terminal.stop()
                Signals.die(of: sig)
            }
            if dirty {
                terminal.show(render(state, size: terminal.size))
                dirty = false
            }
            guard let key = terminal.readKey() else {
                if terminal.keysEnded { return .keysEnded }
                if state.searchIfPaused() { dirty = true }
                idle += 1
                if idle % 10 == 0, let message = watch?.check() {
                    state.message = message
                    dirty = true
                }
                continue
            }
            if case .resize = key { terminal.invalidate() }
            state = update(state, key)
            dirty = true
            switch state.effect {
            case .quit:
                return .quit
            case .export(let path, let format, let overwrite):
                let parts = export(state, format)
                state.message = write(parts, to: path, format: format, overwrite: overwrite, state: &state)
            case nil:
                break
            }
        }
    }

    /// Writes the export with the export command's `OutputFile` (atomic, no symlinks, no
    /// folders); an existing file is replaced only after the user said yes.
    private static func write(_ parts: [[UInt8]], to path: String, format: ExportFormat, overwrite: Bool, state: inout ViewState) -> String? {
        var isDir: ObjCBool = false
        if !overwrite, FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
            state.askOverwrite(path, format: format)
            return nil
        }
        do {
            try OutputFile(path: path, force: overwrite).write(parts)
        } catch {
            return "Not exported: \(error.message)."
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let n = state.shownIndices.count
        return "Exported \(n) event\(n == 1 ? "" : "s") to \(absolute) as \(format.name)."
    }
}
