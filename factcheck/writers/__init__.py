"""Report writers: each renders the pipeline's data types and never parses strings back."""
