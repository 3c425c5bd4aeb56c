"""Reading a statement file: strict YAML, the document, its fields, schemas and configuration."""
