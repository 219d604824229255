import Foundation

/// A private temporary folder for the corpus and the indexes, removed at the end.
struct ScratchFolder {
    let path: String

    init() throws(BenchError) {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("suoyin-bench-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw .io(path: NSTemporaryDirectory(), message: String(cString: strerror(errno)))
        }
        path = String(cString: made)
    }

    /// The path of `name` inside the folder.
    func file(_ name: String) -> String {
        (path as NSString).appendingPathComponent(name)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
