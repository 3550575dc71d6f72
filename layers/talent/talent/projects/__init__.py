"""Projects: one pipeline run owned by one user. Use cases behind the pipeline and projects APIs."""
