import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Shell scripts that stand in for the converters extractors run
/// (`pdftotext`, `catdoc`, `antiword`), written where a test's search path looks.
enum FakeProgram {
    /// Writes an executable script named `name` into `folder`.
    ///
    /// Written through a descriptor opened with `O_CLOEXEC`: tests run in
    /// parallel, and a program another test starts meanwhile must not inherit
    /// a descriptor open for writing on the script, which would make running
    /// the script fail (`ETXTBSY`).
    static func write(_ name: String, in folder: URL, script: String) throws {
        let path = folder.appending(path: name).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        let bytes = Array(("#!/bin/sh\n" + script).utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }
}
