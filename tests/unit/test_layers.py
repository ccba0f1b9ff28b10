"""Architecture: domain modules never import Textual (checked in a fresh interpreter per module)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_PACKAGES = ("reader.articles", "reader.text", "reader.annotate", "reader.compare")


def domain_modules() -> list[str]:
    names = ["reader.cli", "reader.launch", "reader.paths"]
    for package_name in DOMAIN_PACKAGES:
        package = importlib.import_module(package_name)
        names.append(package_name)
        names += [info.name for info in pkgutil.walk_packages(package.__path__, prefix=f"{package_name}.")]
    return names


def test_discovery_finds_the_modules():
    names = domain_modules()
    assert {"reader.articles.corpus", "reader.articles.importer", "reader.text.sanitize", "reader.cli"} <= set(names)
    assert not any(name.startswith("reader.ui") for name in names)


@pytest.mark.parametrize("module", domain_modules())
def test_domain_module_does_not_import_textual(module):
    code = f"import sys, {module}; bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')); print(bad)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"{module} imports {result.stdout.strip()}"


def test_the_check_catches_a_textual_import():
    # The same probe on the UI package must see textual, or the test above proves nothing.
    code = "import sys, reader.ui.app; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.stdout.strip() == "True", result.stderr
