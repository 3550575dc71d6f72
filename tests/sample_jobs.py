"""Job descriptions the API tests run: one that matches many offline-corpus developers, one none."""

PYTHON_JD = """Senior Python Engineer

We build data tools for recruiters. You will design APIs and data pipelines.

Requirements:
- 5+ years of professional experience with Python
- PostgreSQL and SQL
- Docker

Nice to have:
- Kubernetes
- AWS

This position is fully remote.
"""

NOBODY_JD = """Staff COBOL Engineer

Requirements:
- 10+ years of COBOL on mainframes
- Location: Reykjavik, Iceland (onsite)
"""
