import Foundation
import TimelineModel

/// Runs the viewer on the real terminal: keys in, `update`, effects, `render`, frame out,
/// until `q` or a signal. The terminal is restored on every way out.
enum ViewerLoop {
    static func run(_ initial: ViewState, colour: Bool, export: (ViewState) -> [UInt8]) {
        let terminal = Terminal(colour: colour)
        defer { terminal.stop() }
        var state = initial
        let size = terminal.size
        state = update(state, .resize(width: size.width, height: size.height))
        var dirty = true
        while true {
            if let sig = Signals.takePending() {
                terminal.stop()
                Signals.die(of: sig)
            }
            if dirty {
                terminal.show(render(state, size: terminal.size))
                dirty = false
            }
            guard let key = terminal.readKey() else { continue }
            if case .resize = key { terminal.invalidate() }
            state = update(state, key)
            dirty = true
            switch state.effect {
            case .quit:
                return
            case .export(let path, let overwrite):
                if !overwrite, ExportFile.exists(path), !isFolder(path) {
                    state.askOverwrite(path)
                    continue
                }
                do {
                    let written = try ExportFile.write(export(state), to: path, overwrite: overwrite)
                    let n = state.shown.count
                    state.message = "Exported \(n) event\(n == 1 ? "" : "s") to \(written)."
                } catch {
                    state.message = "Not exported: \(error)."
                }
            case nil:
                break
            }
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
