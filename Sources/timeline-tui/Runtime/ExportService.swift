import Foundation
import TimelineModel

/// Writes the viewer's exports: the one place the viewer writes a file. The bytes come
/// from the export writer the command line uses; the file is written with `OutputFile`
/// (atomic, no symbolic links, no folders), and an existing file is replaced only after
/// the user said yes.
struct ExportService: Sendable {
    /// The export of what a state shows (zone, filter, T+ and mark) in a format, in pieces.
    let bytes: @Sendable (ViewState, ExportFormat) -> [[UInt8]]

    /// Writes the export of what `state` shows to `path` in `format`; says what came of it.
    func export(_ state: ViewState, to path: String, format: ExportFormat, overwrite: Bool) -> Message {
        var isDir: ObjCBool = false
        if !overwrite, FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
            return .exportTargetExists(path: path, format: format)
        }
        do {
            try OutputFile(path: path, force: overwrite).write(bytes(state, format))
        } catch {
            return .exportFailed(reason: error.message)
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return .exported(path: absolute, count: state.shownIndices.count, format: format)
    }
}
