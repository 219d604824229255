import Foundation

/// Links within the page: a path and its parameters, percent-encoded so
/// that any query, path or citation survives the round trip. Every link
/// starts with `/`, so no document text can make it `javascript:`.
enum PageLink {
    static func to(_ path: String, _ parameters: [(String, String)]) -> String {
        let query = parameters.filter { !$0.1.isEmpty }.map { "\(encode($0.0))=\(encode($0.1))" }
        return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
