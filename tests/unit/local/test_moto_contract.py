"""The local stack patches a private moto method; fail loudly when moto changes it."""

import inspect

from moto.awslambda.models import LambdaFunction


def test_invoke_lambda_signature_is_what_the_patch_replaces() -> None:
    signature = inspect.signature(LambdaFunction._invoke_lambda)
    assert list(signature.parameters) == ["self", "event"]
    assert signature.parameters["event"].default is None
    assert "tuple[str, bool, str]" in str(signature.return_annotation)


def test_moto_is_the_pinned_minor_version() -> None:
    import moto

    assert moto.__version__.startswith("5.2."), moto.__version__
