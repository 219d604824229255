import Foundation
import GRDB
import SuoyinCore

/// Times `Verifier` on generated quotations (``VerifyQuotations``) and
/// checks each answer against brute force (``VerifyBruteForce``): verified
/// exactly when the quotation stands somewhere, with as many places (for a
/// quotation without an ellipsis). Its findings are lines for the report's notes.
struct VerifyBenchmark {
    /// Quotations of each kind.
    static let perKind = 40
    /// Content characters of a quotation (an ellipsis quotation has two parts of 30 % each).
    static let length = 200

    let indexPath: String
    let script: TraditionalScript
    let seed: UInt64

    /// What was measured, per kind: correct answers of all, and latencies.
    struct Row {
        var kind: VerifyQuotations.Kind
        var correct: Int
        var total: Int
        var verified: Int
        var latency: LatencyStats
    }

    func run() throws(BenchError) -> [Row] {
        let queue = try BenchError.database(indexPath, "open the index") {
            try DatabaseQueue(path: indexPath, configuration: SuoyinConnection.configuration(readOnly: true))
        }
        let (quotations, oracle) = try BenchError.database(indexPath, "read documents for the verify benchmark") {
            try queue.read { db in
                (try VerifyQuotations.draw(db, perKind: Self.perKind, length: Self.length, script: script, seed: seed),
                 try VerifyBruteForce(db))
            }
        }
        let verifier: Verifier
        do throws(SuoyinError) {
            verifier = Verifier(database: try IndexDatabase.open(at: indexPath))
            // One verification first, so that opening costs (fold table, caches) are not timed.
            _ = try verifier.verify("法治政府建设")
        } catch {
            throw .suoyin(error)
        }
        var rows: [Row] = []
        for kind in VerifyQuotations.Kind.allCases {
            var row = Row(kind: kind, correct: 0, total: 0, verified: 0, latency: LatencyStats(milliseconds: []))
            var samples: [Double] = []
            for quotation in quotations where quotation.kind == kind {
                let (result, seconds): (Verification, Double)
                do throws(SuoyinError) {
                    (result, seconds) = try Stopwatch.time { () throws(SuoyinError) in try verifier.verify(quotation.text) }
                } catch {
                    throw .suoyin(error)
                }
                samples.append(seconds * 1000)
                let expected = oracle.places(of: quotation.text)
                let places = result.places.count + result.more
                let hasEllipsis = VerifyBruteForce.segments(of: quotation.text).count > 1
                let correct = result.verified == (expected > 0) && (hasEllipsis || places == expected)
                if !correct { BenchRun.say("verify: wrong answer (\(kind.rawValue)): \(quotation.text)") }
                row.total += 1
                row.correct += correct ? 1 : 0
                row.verified += result.verified ? 1 : 0
            }
            row.latency = LatencyStats(milliseconds: samples)
            rows.append(row)
        }
        return rows
    }

    /// The rows as report notes: one line per kind.
    static func notes(_ rows: [Row]) -> [String] {
        ["Verify (in process, \(length)-character quotations drawn from the corpus; correct = the verdict and, "
         + "without an ellipsis, the number of places equal brute force):"]
            + rows.map { row in
                String(format: "verify %@: %d/%d correct, %d verified; p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                       row.kind.rawValue, row.correct, row.total, row.verified, row.latency.p50, row.latency.p99,
                       row.latency.max)
            }
    }
}
