"""atheris target for the HTML and WARC readers (make fuzz). Any exception but InputError is a crash;
turn each one found into a regression test in tests/reliability/."""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports():
    from dragoman.errors import InputError
    from dragoman.io import ReadOptions
    from dragoman.io.html import document_from_html
    from dragoman.io.warc import read_warc

OPTIONS = ReadOptions(max_bytes=1_000_000)


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    choice = provider.ConsumeIntInRange(0, 1)
    payload = provider.ConsumeBytes(provider.remaining_bytes())
    try:
        if choice == 0:
            document = document_from_html(payload, "fuzz.html", OPTIONS)
            assert document.text.strip()
        else:
            for document in read_warc(io.BytesIO(payload), "fuzz.warc", OPTIONS, lambda _e: None, fallback_date=None):
                assert document.text.strip()
    except InputError:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
