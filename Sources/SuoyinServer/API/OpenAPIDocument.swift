import Foundation

/// The OpenAPI 3.1 description served at `/api/openapi.json`. Its paths and
/// parameters are checked against the routes by `OpenAPIDocumentTests`.
enum OpenAPIDocument {
    static let json = Data(text.utf8)

    private static let error = ##"{"description": "%@", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}"##

    private static func failure(_ description: String) -> String {
        error.replacingOccurrences(of: "%@", with: description)
    }

    private static let text = """
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Suoyin",
            "version": "1",
            "description": "Full-text search of Chinese documents: ranked passages with citations. With --token, send 'Authorization: Bearer TOKEN'."
          },
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
              "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
              "Result": {
                "type": "object",
                "description": "Exactly the object 'suoyin search --json' prints.",
                "required": ["rank", "score", "citation", "path", "title", "line", "start", "end", "section", "text", "highlights", "date", "issuer", "number", "page"],
                "properties": {
                  "rank": {"type": ["integer", "null"]}, "score": {"type": ["number", "null"]},
                  "citation": {"type": "string"}, "path": {"type": "string"}, "title": {"type": "string"},
                  "line": {"type": "integer"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                  "section": {"type": "array", "items": {"type": "string"}}, "text": {"type": "string"},
                  "highlights": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
                  "date": {"type": ["string", "null"]}, "issuer": {"type": ["string", "null"]},
                  "number": {"type": ["string", "null"]}, "page": {"type": ["integer", "null"]},
                  "copies": {"type": "array", "items": {"type": "string"}}, "matches": {"type": "integer"},
                  "before": {"type": "array"}, "after": {"type": "array"}
                }
              }
            }
          },
          "security": [{"bearer": []}],
          "paths": {
            "/api/search": {
              "get": {
                "summary": "Search: one page of ranked passages and the totals.",
                "parameters": [
                  {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 1000}, "description": "The query in Suoyin's grammar: 法治 督察, 督察 OR 复议, 法治 NOT 督察, \\"依法 行政\\", 依法 NEAR/10 行政, =第12条."},
                  {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 10}},
                  {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}},
                  {"name": "path", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true, "description": "Glob on the document path (* and ? match / too); repeatable."},
                  {"name": "since", "in": "query", "schema": {"type": "string"}, "description": "YYYY, YYYY-MM or YYYY-MM-DD."},
                  {"name": "until", "in": "query", "schema": {"type": "string"}, "description": "YYYY, YYYY-MM or YYYY-MM-DD."},
                  {"name": "issuer", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
                  {"name": "number", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
                  {"name": "within", "in": "query", "schema": {"type": "string", "enum": ["passage", "paragraph", "document"], "default": "paragraph"}},
                  {"name": "exact", "in": "query", "schema": {"type": "boolean", "default": false}},
                  {"name": "group", "in": "query", "schema": {"type": "string", "enum": ["passages", "documents"], "default": "passages"}},
                  {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "date", "path"], "default": "relevance"}},
                  {"name": "context", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10, "default": 0}},
                  {"name": "copies", "in": "query", "schema": {"type": "string", "enum": ["folded", "all"], "default": "folded"}}
                ],
                "responses": {
                  "200": {"description": "Results.", "headers": {"Suoyin-Answer": {
                    "description": "'previous' on the answer from before the last commit, sent while a slow search runs again after it (see 'suoyin serve --help', --always-fresh).",
                    "schema": {"type": "string", "enum": ["previous"]}}},
                    "content": {"application/json": {"schema": {
                    "type": "object", "required": ["query", "notices", "limit", "offset", "total", "results"],
                    "properties": {
                      "query": {"type": "string"}, "notices": {"type": "array", "items": {"type": "string"}},
                      "limit": {"type": "integer"}, "offset": {"type": "integer"},
                      "total": {"type": "object", "properties": {"passages": {"type": "integer"}, "documents": {"type": "integer"}}},
                      "results": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}}
                    }}}}},
                  "400": \(failure("A bad query or parameter, named.")),
                  "401": \(failure("A token is required.")),
                  "503": \(failure("The index cannot be read now."))
                }
              }
            },
            "/api/show": {
              "get": {
                "summary": "A passage by its citation, with passages of context.",
                "parameters": [
                  {"name": "citation", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 4200}, "description": "PATH:LINE or PATH:LINE:COL, as a search result cites it."},
                  {"name": "context", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10, "default": 0}}
                ],
                "responses": {
                  "200": {"description": "The passage.", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["passage", "before", "after", "encoding", "staleness"],
                    "properties": {
                      "passage": {"$ref": "#/components/schemas/Result"},
                      "before": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}},
                      "after": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}},
                      "encoding": {"type": "string"}, "staleness": {"type": ["string", "null"]}
                    }}}}},
                  "400": \(failure("A malformed citation or parameter.")),
                  "401": \(failure("A token is required.")),
                  "404": \(failure("No indexed passage at that citation.")),
                  "503": \(failure("The index cannot be read now."))
                }
              }
            },
            "/api/stats": {
              "get": {
                "summary": "Counts that describe the index.",
                "parameters": [],
                "responses": {
                  "200": {"description": "As 'suoyin stats --json' prints them, and lastIndexed.", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["documents", "passages", "characters", "indexBytes", "encodings", "formats", "lastIndexed"],
                    "properties": {
                      "index": {"type": "string"}, "documents": {"type": "integer"}, "passages": {"type": "integer"},
                      "characters": {"type": "integer"}, "indexBytes": {"type": "integer"},
                      "analyzerVersion": {"type": "integer"}, "foldTableHash": {"type": "string"},
                      "encodings": {"type": "object", "additionalProperties": {"type": "integer"}},
                      "formats": {"type": "object", "additionalProperties": {"type": "integer"}},
                      "lastIndexed": {"type": ["string", "null"], "format": "date-time"}
                    }}}}},
                  "401": \(failure("A token is required.")),
                  "503": \(failure("The index cannot be read now."))
                }
              }
            },
            "/api/openapi.json": {
              "get": {
                "summary": "This description.",
                "parameters": [],
                "responses": {"200": {"description": "OpenAPI 3.1.", "content": {"application/json": {}}}}
              }
            }
          }
        }
        """
}
