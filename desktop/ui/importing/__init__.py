"""Import windows: bringing evidence in from files and phones (the CSV import moves here later)."""
