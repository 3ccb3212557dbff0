"""OpenAPI 3.1 description of the public API. Kept next to the views it describes; a test
checks that real responses match it."""

ANSWER = {
    "type": "object",
    "required": ["id", "external_id", "title", "url", "short_answer"],
    "properties": {
        "id": {"type": "integer", "description": "Page id of the answer."},
        "external_id": {"type": ["string", "null"], "description": "Id from an import, if any."},
        "title": {"type": "string", "description": "The question as a citizen asks it."},
        "url": {"type": "string", "format": "uri"},
        "short_answer": {"type": "string", "maxLength": 300},
    },
}
SEARCH_RESULT = {
    "allOf": [
        {"$ref": "#/components/schemas/Answer"},
        {
            "type": "object",
            "required": ["score"],
            "properties": {"score": {"type": "number", "minimum": 0, "maximum": 1}},
        },
    ]
}
ERROR = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}


def openapi_document(server_url: str) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Kennisbank API",
            "version": "1.0",
            "description": (
                "Answers to citizens' questions, as used by every channel of the municipality. "
                "Only live, public answers; never internal notes. Rate limited per IP "
                "(API_RATE_LIMIT requests per minute)."
            ),
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": {
            "/api/search/": {
                "get": {
                    "summary": "Search answers",
                    "operationId": "searchAnswers",
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": 50,
                                "default": 10,
                            },
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "Answers in rank order.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["query", "corrected_query", "results"],
                                        "properties": {
                                            "query": {"type": "string"},
                                            "corrected_query": {
                                                "type": ["string", "null"],
                                                "description": "The query with typos corrected, for “Bedoelde u …?”.",
                                            },
                                            "results": {
                                                "type": "array",
                                                "items": {
                                                    "$ref": "#/components/schemas/SearchResult"
                                                },
                                            },
                                        },
                                    }
                                }
                            },
                        },
                        "400": {
                            "description": "Empty query (Dutch message).",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Error"}
                                }
                            },
                        },
                        "429": {
                            "description": "Too many requests from this IP address.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Error"}
                                }
                            },
                        },
                    },
                }
            },
            "/api/suggest/": {
                "get": {
                    "summary": "Questions that start like the typed text (autocomplete)",
                    "operationId": "suggestQuestions",
                    "parameters": [
                        {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "Up to 8 questions.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "suggestions": {
                                                "type": "array",
                                                "items": {
                                                    "type": "object",
                                                    "properties": {
                                                        "title": {"type": "string"},
                                                        "url": {"type": "string"},
                                                    },
                                                },
                                            }
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {"Answer": ANSWER, "SearchResult": SEARCH_RESULT, "Error": ERROR}
        },
    }
