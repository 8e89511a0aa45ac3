"""One script per chapter; each builds its source notebook."""
