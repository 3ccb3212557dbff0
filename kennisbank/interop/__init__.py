"""Connections with Dutch government standards and other systems (VAC / Objects API, later SC and UPL)."""
