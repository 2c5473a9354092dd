import Foundation

/// Writes the viewer's exports: the one place the viewer writes a file. The bytes come
/// from the export writer the command line uses; the file is written with `OutputFile`
/// (atomic, no symbolic links, no folders), and an existing file is replaced only after
/// the user said yes.
struct ExportService: Sendable {
    /// The export of the events a state shows, in its zone (the seam where the format
    /// chosen by the path's extension goes).
    let bytes: @Sendable (ViewState, _ path: String) -> [UInt8]

    /// Writes the export of what `state` shows to `path`; says what came of it.
    func export(_ state: ViewState, to path: String, overwrite: Bool) -> Message {
        var isDir: ObjCBool = false
        if !overwrite, FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
            return .exportTargetExists(path: path)
        }
        do {
            try OutputFile(path: path, force: overwrite).write(bytes(state, path))
        } catch {
            return .exportFailed(reason: error.message)
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return .exported(path: absolute, count: state.shownIndices.count)
    }
}
