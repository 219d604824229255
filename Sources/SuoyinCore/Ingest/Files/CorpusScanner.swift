import Foundation

/// Finds the files to index under the paths a user gives.
///
/// Folders are walked recursively in name order. Dotfiles and dot-folders are
/// skipped, symbolic links are followed but a folder is never entered twice
/// (so link loops end), and unreadable folders are reported and skipped.
/// Inside folders only supported formats are taken, silently; a file named
/// explicitly in another format is reported. Whether named or found, a file
/// must be a regular file (after symbolic links), and names that are not
/// UTF-8, links that loop or point nowhere are reported and skipped.
struct CorpusScanner {
    /// File extensions Suoyin reads, lower case.
    static let supportedExtensions: Set<String> = Set([
        "txt", "md", "docx", "pdf", "doc", "wps", "odt", "rtf", "ofd",
    ]).union(HTMLContentSniffer.pageExtensions).union(HTMLContentSniffer.serverPageExtensions)

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
                scan.diagnostics.append(Diagnostic(
                    path: display, severity: .error, message: FileStatus.missingReason(path: path)))
                continue
            }
            if status.isDirectory {
                scan.folders.append(normalizer.absolute(path))
                walk(folder: path, display: display, scan: &scan, visited: &visited)
            } else if !Self.isSupported(path) {
                scan.diagnostics.append(Diagnostic(
                    path: display, message: "unsupported format (Suoyin reads \(Self.formatList)); skipped"))
            } else if let reason = Self.irregularReason(status) {
                scan.diagnostics.append(Diagnostic(path: display, message: reason))
            } else {
                scan.files.append(SourceFile(path: display, absolutePath: normalizer.absolute(path)))
            }
        }
        return scan
    }

    static var formatList: String { supportedExtensions.sorted().map { "." + $0 }.joined(separator: ", ") }

    static func isSupported(_ path: String) -> Bool {
        supportedExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// Why a file of a supported format is not read: it is not a regular
    /// file (a FIFO would block, a device such as `/dev/zero` never ends).
    static func irregularReason(_ status: FileStatus) -> String? {
        status.isRegularFile ? nil : "\(FileReader.kind(of: status.mode)), not a regular file; skipped"
    }

    /// Whether `name` (raw bytes) in `folder` is a folder.
    private static func isFolder(_ folder: String, _ name: [UInt8]) -> Bool {
        var path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
        var info = stat()
        let found = path.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 }
        }
        return found && info.st_mode & S_IFMT == S_IFDIR
    }

    private func walk(folder: String, display: String, scan: inout Scan, visited: inout Set<FileIdentity>) {
        guard let identity = FileStatus(path: folder)?.identity, visited.insert(identity).inserted else { return }
        guard let listing = FolderListing(path: folder) else {
            scan.diagnostics.append(Diagnostic(path: display, message: "folder cannot be read; skipped"))
            return
        }
        let prefix = display == "." ? "" : display + "/"
        for name in listing.undecodableNames where name.first != UInt8(ascii: ".")
            && (Self.isSupported(String(decoding: name, as: UTF8.self)) || Self.isFolder(folder, name)) {
            // Paths are stored and cited as text, so a name that is not UTF-8 cannot be indexed; say so.
            scan.diagnostics.append(Diagnostic(
                path: prefix + TerminalText.escaped(bytes: name),
                message: "file name is not valid UTF-8; rename it to index it; skipped"))
        }
        for name in listing.names where !name.hasPrefix(".") {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let childDisplay = prefix + name
            guard let status = FileStatus(path: child) else {
                if Self.isSupported(name) {
                    scan.diagnostics.append(Diagnostic(path: childDisplay, message: FileStatus.missingReason(path: child)))
                }
                continue
            }
            if status.isDirectory {
                walk(folder: child, display: childDisplay, scan: &scan, visited: &visited)
            } else if Self.isSupported(name) {
                if let reason = Self.irregularReason(status) {
                    scan.diagnostics.append(Diagnostic(path: childDisplay, message: reason))
                } else {
                    scan.files.append(SourceFile(path: childDisplay, absolutePath: normalizer.absolute(child)))
                }
            }
        }
    }
}
