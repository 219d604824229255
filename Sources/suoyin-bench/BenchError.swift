import GRDB
import SuoyinCore

/// Why a benchmark run stopped.
enum BenchError: Error, CustomStringConvertible {
    case trainingCorpusMissing(path: String)
    case io(path: String, message: String)
    case database(path: String, operation: String, message: String)
    case suoyin(SuoyinError)
    case noPassages(path: String)
    case cannotRun(path: String, message: String)
    case phaseFailed(phase: String, status: Int32)

    var description: String {
        switch self {
        case .trainingCorpusMissing(let path):
            return "No training text in '\(path)' (.txt or .md, UTF-8). Run from the package folder or pass --training DIR."
        case .io(let path, let message):
            return "Cannot write '\(path)': \(message)."
        case .database(let path, let operation, let message):
            return "Cannot \(operation) in '\(path)': \(message)."
        case .suoyin(let error):
            return error.description
        case .cannotRun(let path, let message):
            return "Cannot run '\(path)': \(message). Build it with 'swift build -c release --product suoyin' or pass --suoyin FILE."
        case .phaseFailed(let phase, let status):
            return "The \(phase) phase failed (child exit status \(status)); its messages are above."
        case .noPassages(let path):
            return "The index '\(path)' holds no passages; check that the corpus folder has .txt or .md files."
        }
    }

    /// Runs `body`, turning any database error into ``database(path:operation:message:)``.
    static func database<T>(_ path: String, _ operation: String, _ body: () throws -> T) throws(BenchError) -> T {
        do {
            return try body()
        } catch let error as BenchError {
            throw error
        } catch let error as DatabaseError {
            throw .database(path: path, operation: operation, message: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        } catch {
            throw .database(path: path, operation: operation, message: String(describing: error))
        }
    }
}
