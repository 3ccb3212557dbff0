"""The editors' reports, one per module, on the shared base in base.py."""
