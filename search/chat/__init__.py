"""The chatbot: the same answers as every other channel, with an honest hand-over to a person."""
