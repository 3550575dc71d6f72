"""Shared API Gateway resolver setup: one error model for every function."""

from talent.api.resolver import error_body, make_resolver

__all__ = ["error_body", "make_resolver"]
