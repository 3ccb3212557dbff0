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
CHANNEL = {
    "type": "object",
    "required": [
        "name",
        "kind",
        "contact",
        "href",
        "note",
        "open_now",
        "hours_today",
        "always_available",
        "next_opening",
    ],
    "properties": {
        "name": {"type": "string", "description": "For example “Telefoon” or “Balie stadhuis”."},
        "kind": {
            "enum": ["phone", "email", "counter", "chat", "whatsapp"],
            "description": "Lets a client offer to call or write.",
        },
        "contact": {"type": "string", "description": "Phone number, e-mail address or address."},
        "href": {
            "type": "string",
            "description": "A tel:, mailto: or https://wa.me/ link to act on the contact; empty "
            "for a counter or another channel without one.",
        },
        "note": {
            "type": "string",
            "description": "What to know before using the channel, in Dutch (“Alleen op "
            "afspraak”); may be empty.",
        },
        "open_now": {"type": "boolean"},
        "hours_today": {"type": "string", "description": "Today's opening hours, in Dutch."},
        "always_available": {
            "type": "boolean",
            "description": "A channel without opening hours (e-mail, a web form).",
        },
        "next_opening": {
            "type": "string",
            "description": "When a closed channel opens again, in Dutch (“morgen vanaf 8.30 "
            "uur”); empty when it is open or always available.",
        },
    },
}
HANDOFF = {
    "oneOf": [
        {
            "type": "object",
            "required": ["reason", "channels", "always_open", "all_hours_url"],
            "properties": {
                "reason": {"type": "string"},
                "channels": {"type": "array", "items": {"$ref": "#/components/schemas/Channel"}},
                "always_open": {
                    "type": "string",
                    "description": "What can be used at any hour (the chatbot, the web forms).",
                },
                "all_hours_url": {
                    "type": "string",
                    "format": "uri",
                    "description": "The page with every channel's opening hours.",
                },
            },
        },
        {"type": "null"},
    ]
}
CHAT_REPLY = {
    "type": "object",
    "required": [
        "session_id",
        "reply",
        "outcome",
        "answer",
        "suggestions",
        "handoff",
        "confidence",
        "event_id",
        "rated_answer_id",
    ],
    "properties": {
        "session_id": {
            "type": "string",
            "description": "Send it back with the next message, so follow-ups keep their topic.",
        },
        "reply": {"type": "string", "description": "Dutch text to show (plain text, not HTML)."},
        "outcome": {"enum": ["answered", "clarified", "handed_over", "small_talk"]},
        "answer": {"oneOf": [{"$ref": "#/components/schemas/Answer"}, {"type": "null"}]},
        "suggestions": {
            "type": "array",
            # search.chat.dialogue.MAX_SUGGESTIONS (when unsure); three beside an answer.
            "maxItems": 5,
            "description": "Questions to offer: up to five when the assistant is not sure, "
            "up to three related questions beside an answer.",
            "items": {"$ref": "#/components/schemas/Answer"},
        },
        "handoff": HANDOFF,
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "event_id": {
            "type": ["string", "null"],
            "description": "The recorded question, if it was recorded (not for small talk).",
        },
        "rated_answer_id": {
            "type": ["integer", "null"],
            "description": (
                "The answer this message rated: a typed “ja” or “nee” after an answer counts "
                "as its rating, so the rating buttons under it can go."
            ),
        },
    },
}


def _json_body(schema: dict) -> dict:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _json_response(description: str, schema_name: str) -> dict:
    return {
        "description": description,
        "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}
        },
    }


# GET-only addresses answer any other method with this (and an Allow header).
NOT_ALLOWED = _json_response("Only GET and HEAD (Dutch message).", "Error")

CHAT_ERRORS = {
    "400": _json_response(
        "Empty or too long message, malformed JSON or a wrong field (Dutch message).", "Error"
    ),
    "401": _json_response("A bearer token was sent but is not known.", "Error"),
    "429": _json_response("Too many requests from this IP address or token.", "Error"),
}


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
                            "description": "The citizen's question or words. A text without "
                            "a word to search for (only punctuation, emoji or words such as "
                            "“de”) gets 400.",
                            "schema": {"type": "string", "minLength": 1},
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
                                        "required": [
                                            "query",
                                            "corrected_query",
                                            "judgement",
                                            "results",
                                        ],
                                        "properties": {
                                            "query": {"type": "string"},
                                            "judgement": {
                                                "enum": ["answered", "clarified", "handed_over"],
                                                "description": "The same judgement the chatbot and the website make: the first result is a good answer (answered), the first few are close options to choose from (clarified), or no answer fits well and the citizen is best helped by a person (handed_over).",
                                            },
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
                            "description": "Empty query, or a limit that is no whole number from 1 to 50 (Dutch message).",
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
                        "405": NOT_ALLOWED,
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
                                                        "url": {
                                                            "type": "string",
                                                            "format": "uri",
                                                        },
                                                    },
                                                },
                                            }
                                        },
                                    }
                                }
                            },
                        },
                        "400": _json_response("No “q” given (Dutch message).", "Error"),
                        "405": NOT_ALLOWED,
                        "429": _json_response("Too many requests from this IP address.", "Error"),
                    },
                }
            },
            "/api/chat/": {
                "post": {
                    "summary": "Send a citizen's message to the digital assistant",
                    "description": (
                        "No cookies or CSRF token. Bridges for other channels (WhatsApp, the "
                        "intranet) send `Authorization: Bearer <token>` with a token from "
                        "CHAT_API_TOKENS: their questions are counted under that channel and "
                        "limited per token instead of per IP."
                    ),
                    "operationId": "chat",
                    "security": [{}, {"bearerAuth": []}],
                    "requestBody": _json_body(
                        {
                            "type": "object",
                            "required": ["message"],
                            "properties": {
                                "message": {"type": "string", "minLength": 1, "maxLength": 1000},
                                "session_id": {"type": ["string", "null"]},
                            },
                        }
                    ),
                    "responses": {
                        "200": _json_response("The assistant's turn.", "ChatReply"),
                        **CHAT_ERRORS,
                    },
                }
            },
            "/api/chat/feedback/": {
                "post": {
                    "summary": "“Was dit antwoord nuttig?” for an answer the session was given",
                    "operationId": "chatFeedback",
                    "security": [{}, {"bearerAuth": []}],
                    "requestBody": _json_body(
                        {
                            "type": "object",
                            "required": ["session_id", "answer_id", "helpful"],
                            "properties": {
                                "session_id": {"type": "string"},
                                "answer_id": {"type": "integer"},
                                "helpful": {"type": "boolean"},
                            },
                        }
                    ),
                    "responses": {
                        "200": {
                            "description": "Thanks, in Dutch, to show.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["message", "handoff"],
                                        "properties": {
                                            "message": {"type": "string"},
                                            "handoff": {
                                                **HANDOFF,
                                                "description": "After “not helpful”: the ways to reach a colleague, as buttons.",
                                            },
                                        },
                                    }
                                }
                            },
                        },
                        **CHAT_ERRORS,
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Answer": ANSWER,
                "SearchResult": SEARCH_RESULT,
                "Error": ERROR,
                "Channel": CHANNEL,
                "ChatReply": CHAT_REPLY,
            },
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        },
    }
