import Foundation
import SuoyinCore
import Synchronization

/// A search's answer as the server keeps it: the results and totals, and
/// the API's JSON body of them once it has been encoded.
///
/// Encoding ten results as JSON costs several times more than finding a kept
/// answer, so a kept answer keeps its body too: a search asked again is sent
/// as the same bytes, encoded once per state of the index.
final class SearchAnswer: Sendable {
    let response: SearchResponse
    /// How long the search took, in seconds: how long a search of it again may be expected to take.
    let searchSeconds: Double
    private let body = Mutex<Data?>(nil)

    init(_ response: SearchResponse, searchSeconds: Double = 0) {
        self.response = response
        self.searchSeconds = searchSeconds
    }

    /// The JSON body, encoded by `encode` the first time it is asked for.
    ///
    /// Every request with the same key (``SearchRequest/Key``) has the same
    /// body, so whichever request encodes it first encodes it for all.
    func jsonBody(_ encode: (SearchResponse) throws -> Data) rethrows -> Data {
        if let kept = body.withLock({ $0 }) { return kept }
        let encoded = try encode(response)
        body.withLock { $0 = encoded }
        return encoded
    }
}
