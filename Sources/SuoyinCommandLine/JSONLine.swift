import ArgumentParser
import Foundation
import SuoyinCore

/// Encodes values as single JSON lines, keys sorted, Chinese and slashes left unescaped.
package enum JSONLine {
    /// One JSON line per value, all encoded before any is printed so a
    /// failure never leaves half the output behind.
    ///
    /// JSON cannot express every value (a score that is not a finite number);
    /// then this prints what failed on stderr and ends the command with exit
    /// status 2, rather than printing a line that is not the value.
    package static func encode<Value: Encodable>(_ values: [Value]) throws(ExitCode) -> [String] {
        let encoder = ResultJSON.encoder()
        return try values.map { value throws(ExitCode) in try line(value, encoder: encoder) }
    }

    /// One value as one JSON line, whole or not at all (see ``encode(_:)``),
    /// with `encoder` (``ResultJSON/encoder()``), which a caller printing many lines makes once.
    package static func line<Value: Encodable>(_ value: Value, encoder: JSONEncoder) throws(ExitCode) -> String {
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            Console.diagnose("suoyin: error: cannot print the result as JSON: \(reason(error)). Please report this.")
            throw ExitCode(2)
        }
    }

    /// What went wrong and where, without the encoder's internal types.
    package static func reason(_ error: any Error) -> String {
        guard case EncodingError.invalidValue(_, let context) = error else { return "\(error)" }
        let field = context.codingPath.map(\.stringValue).joined(separator: ".")
        let what = context.debugDescription.hasSuffix(".") ? String(context.debugDescription.dropLast()) : context.debugDescription
        return field.isEmpty ? what : "field '\(field)': \(what)"
    }
}
