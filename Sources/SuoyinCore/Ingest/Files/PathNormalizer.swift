import Foundation

/// Turns paths as typed into the paths Suoyin stores and shows.
///
/// Lexical only (symbolic links are not resolved), so a path keeps the form
/// the user gave: `./Corpus/` → `Corpus`, `/cwd/Corpus/a.txt` → `Corpus/a.txt`.
struct PathNormalizer {
    /// The current folder, normalized, without a trailing slash.
    let currentFolder: String

    init(currentFolder: String = FileManager.default.currentDirectoryPath) {
        self.currentFolder = PathNormalizer.normalize(currentFolder)
    }

    /// `path` without `.` components, repeated or trailing slashes, and with
    /// `..` resolved where it follows a named component.
    static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == ".." && isAbsolute && parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The absolute form of `path`.
    func absolute(_ path: String) -> String {
        PathNormalizer.normalize(path.hasPrefix("/") ? path : currentFolder + "/" + path)
    }

    /// The form to show: relative when under the current folder, else as given (normalized).
    func display(_ path: String) -> String {
        let absolutePath = absolute(path)
        let prefix = currentFolder == "/" ? "/" : currentFolder + "/"
        if absolutePath.hasPrefix(prefix) { return String(absolutePath.dropFirst(prefix.count)) }
        return PathNormalizer.normalize(path)
    }
}
