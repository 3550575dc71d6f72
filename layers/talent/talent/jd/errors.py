"""Errors for job descriptions that cannot be parsed; each message says what to change."""

from __future__ import annotations


class InvalidJobDescription(ValueError):
    """Base class: the job description text cannot be used as given."""


class EmptyJobDescription(InvalidJobDescription):
    def __init__(self) -> None:
        super().__init__("The job description is empty. Paste the full text of the job posting.")


class JobDescriptionTooLong(InvalidJobDescription):
    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"The job description has {length:,} characters; the limit is {limit:,}. "
            "Remove boilerplate such as benefits, legal notices or the company history and try again."
        )
        self.length = length
        self.limit = limit


class JobDescriptionNotText(InvalidJobDescription):
    def __init__(self) -> None:
        super().__init__(
            "The job description contains no words. Paste the posting as plain text, not an image or a link."
        )
