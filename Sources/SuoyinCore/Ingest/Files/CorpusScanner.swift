import Foundation

/// Finds the files to index under the paths a user gives.
///
/// Folders are walked recursively in name order. Dotfiles and dot-folders are
/// skipped, symbolic links are followed but a folder is never entered twice
/// (so link loops end), and unreadable folders are reported and skipped.
/// Inside folders only supported formats are taken, silently; a file named
/// explicitly in another format is reported.
struct CorpusScanner {
    /// File extensions Suoyin reads, lower case.
    static let supportedExtensions: Set<String> = Set(["txt", "md", "docx", "pdf"])
        .union(HTMLContentSniffer.pageExtensions).union(HTMLContentSniffer.serverPageExtensions)

    /// What a scan found.
    struct Scan {
        var files: [SourceFile] = []
        /// Absolute paths of the folders walked: documents under them that
        /// were not found again have vanished.
        var folders: [String] = []
        var diagnostics: [Diagnostic] = []
    }

    let normalizer: PathNormalizer

    func scan(_ paths: [String]) -> Scan {
        var scan = Scan()
        var visited = Set<FileIdentity>()
        for path in paths {
            let display = normalizer.display(path)
            guard let status = FileStatus(path: path) else {
                scan.diagnostics.append(Diagnostic(path: display, severity: .error, message: "does not exist; skipped"))
                continue
            }
            if status.isDirectory {
                scan.folders.append(normalizer.absolute(path))
                walk(folder: path, display: display, scan: &scan, visited: &visited)
            } else if Self.isSupported(path) {
                scan.files.append(SourceFile(path: display, absolutePath: normalizer.absolute(path)))
            } else {
                scan.diagnostics.append(Diagnostic(
                    path: display, message: "unsupported format (Suoyin reads \(Self.formatList)); skipped"))
            }
        }
        return scan
    }

    static var formatList: String { supportedExtensions.sorted().map { "." + $0 }.joined(separator: ", ") }

    static func isSupported(_ path: String) -> Bool {
        supportedExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    private func walk(folder: String, display: String, scan: inout Scan, visited: inout Set<FileIdentity>) {
        guard let identity = FileStatus(path: folder)?.identity, visited.insert(identity).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            scan.diagnostics.append(Diagnostic(path: display, message: "folder cannot be read; skipped"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let childDisplay = display == "." ? name : display + "/" + name
            guard let status = FileStatus(path: child) else { continue }  // dangling link
            if status.isDirectory {
                walk(folder: child, display: childDisplay, scan: &scan, visited: &visited)
            } else if status.isRegularFile && Self.isSupported(name) {
                scan.files.append(SourceFile(path: childDisplay, absolutePath: normalizer.absolute(child)))
            }
        }
    }
}
