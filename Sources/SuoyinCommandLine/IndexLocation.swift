import ArgumentParser
import Foundation
import SuoyinCore

/// The `--index FILE` option shared by every command, and where the index is
/// when it is not given.
package struct IndexLocation: ParsableArguments {
    /// Where an index is looked for in the current folder and each parent, as git looks for `.git`.
    package static let conventionalPath = "Index/suoyin.sqlite"

    @Option(name: .customLong("index"), help: ArgumentHelp(
        "The index file. Defaults to $SUOYIN_INDEX, else Index/suoyin.sqlite in this folder or the nearest parent that has one.",
        valueName: "file"))
    package var explicitPath: String?

    package init() {}

    /// The index file to use: `--index`, else `$SUOYIN_INDEX`, else
    /// `Index/suoyin.sqlite` in the current folder or the nearest parent
    /// folder that has one (said on stderr when it is not the current
    /// folder's), else `Index/suoyin.sqlite` here.
    package var path: String { resolved.path }

    /// The folder the found index belongs to when it is a parent's
    /// (`PARENT/Index/suoyin.sqlite`), else nil.
    package var parentFolder: String? { resolved.parentFolder }

    /// Whether the user named the index (option or environment).
    package var isNamed: Bool {
        explicitPath != nil || !(ProcessInfo.processInfo.environment["SUOYIN_INDEX"] ?? "").isEmpty
    }

    private var resolved: (path: String, parentFolder: String?) {
        if let explicitPath { return (explicitPath, nil) }
        if isNamed { return (IndexDatabase.defaultPath, nil) }
        let fileManager = FileManager.default
        var folder = URL(fileURLWithPath: fileManager.currentDirectoryPath).standardizedFileURL
        var levels = 0
        while true {
            let candidate = folder.appendingPathComponent(Self.conventionalPath).path
            if fileManager.fileExists(atPath: candidate) {
                return levels == 0 ? (Self.conventionalPath, nil) : (candidate, folder.path)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
            levels += 1
        }
        return (Self.conventionalPath, nil)
    }

    /// The command that refreshes this index (every file and folder in it):
    /// `suoyin index`, with `--index` when the index was named by option,
    /// since `$SUOYIN_INDEX` and the search of parent folders find it again.
    package var refreshCommand: String {
        guard let explicitPath else { return "suoyin index" }
        let safe = explicitPath.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "/._-".unicodeScalars.contains($0) }
        return "suoyin index --index " + (safe ? explicitPath : "'" + explicitPath.replacingOccurrences(of: "'", with: "'\\''") + "'")
    }

    /// Says on stderr which index is used when it was found in a parent folder.
    package func announce() {
        if let parentFolder { Console.diagnose("suoyin: using the index in \(parentFolder) (\(path))") }
    }
}
