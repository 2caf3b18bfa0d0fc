"""The vendored CSS: built from the pinned packages and our sources, with readable colours."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CSS_DIR = ROOT / "intranet" / "static" / "css"
FRONTEND = ROOT / "frontend"

# Text colour on background colour, as the theme and layout combine them (WCAG 2.1 AA: 4.5:1).
TEXT_PAIRS = [
    ("--wb-color-text", "--wb-color-ground"),
    ("--wb-color-text", "--wb-color-white"),
    ("--wb-color-text-muted", "--wb-color-ground"),
    ("--wb-color-text-muted", "--wb-color-white"),
    ("--utrecht-link-color", "--wb-color-ground"),
    ("--utrecht-link-color", "--wb-color-white"),
    ("--utrecht-link-visited-color", "--wb-color-ground"),
    ("--utrecht-link-hover-color", "--wb-color-white"),
    ("--utrecht-heading-color", "--wb-color-ground"),
    ("--utrecht-heading-color", "--wb-color-white"),
    ("--utrecht-button-primary-action-color", "--utrecht-button-primary-action-background-color"),
    ("--utrecht-button-primary-action-hover-color", "--utrecht-button-primary-action-hover-background-color"),
    ("--utrecht-button-secondary-action-color", "--utrecht-button-secondary-action-background-color"),
    (
        "--utrecht-button-secondary-action-hover-color",
        "--utrecht-button-secondary-action-hover-background-color",
    ),
    ("--utrecht-page-header-color", "--utrecht-page-header-background-color"),
    ("--wb-color-on-dark-muted", "--utrecht-page-header-background-color"),
    ("--utrecht-nav-bar-color", "--utrecht-nav-bar-background-color"),
    ("--utrecht-page-footer-color", "--utrecht-page-footer-background-color"),
    ("--utrecht-skip-link-color", "--utrecht-skip-link-background-color"),
    ("--utrecht-form-control-color", "--utrecht-form-control-background-color"),
    ("--utrecht-form-field-error-message-color", "--wb-color-white"),
    ("--utrecht-alert-info-color", "--utrecht-alert-info-background-color"),
    ("--utrecht-alert-ok-color", "--utrecht-alert-ok-background-color"),
    ("--utrecht-alert-warning-color", "--utrecht-alert-warning-background-color"),
    ("--utrecht-alert-error-color", "--utrecht-alert-error-background-color"),
    ("--utrecht-mark-color", "--utrecht-mark-background-color"),
    (
        "--utrecht-pagination-page-link-current-color",
        "--utrecht-pagination-page-link-current-background-color",
    ),
    ("--utrecht-status-badge-color", "--utrecht-status-badge-background-color"),
    ("--utrecht-status-badge-success-color", "--utrecht-status-badge-success-background-color"),
    ("--utrecht-status-badge-danger-color", "--utrecht-status-badge-danger-background-color"),
    ("--utrecht-status-badge-neutral-color", "--utrecht-status-badge-neutral-background-color"),
    ("--utrecht-table-header-color", "--utrecht-table-header-background-color"),
]
# Borders of form controls and the focus ring must stand out from their background (3:1).
UI_PAIRS = [
    ("--utrecht-form-control-border-color", "--utrecht-form-control-background-color"),
    ("--utrecht-focus-outline-color", "--wb-color-ground"),
    ("--utrecht-focus-inverse-outline-color", "--utrecht-page-header-background-color"),
]


def theme_tokens():
    css = (FRONTEND / "src" / "westbetuwe-theme.css").read_text()
    return dict(re.findall(r"(--[a-z0-9-]+):\s*([^;]+);", css))


def resolve(tokens, name):
    value = tokens[name].strip()
    while value.startswith("var("):
        value = tokens[re.match(r"var\((--[a-z0-9-]+)", value).group(1)].strip()
    return value


def luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_colours_meet_wcag_aa(foreground, background):
    tokens = theme_tokens()
    ratio = contrast(resolve(tokens, foreground), resolve(tokens, background))
    assert ratio >= 4.5, f"{foreground} on {background}: {ratio:.2f}:1"


@pytest.mark.parametrize(("foreground", "background"), UI_PAIRS)
def test_control_borders_and_focus_stand_out(foreground, background):
    tokens = theme_tokens()
    ratio = contrast(resolve(tokens, foreground), resolve(tokens, background))
    assert ratio >= 3, f"{foreground} on {background}: {ratio:.2f}:1"


def test_committed_intranet_css_is_the_build_of_the_sources():
    built = (CSS_DIR / "intranet.css").read_text()
    for source in ["westbetuwe-theme.css", "layout.css"]:
        assert (FRONTEND / "src" / source).read_text().strip() in built, (
            f"run `make css` after editing {source}"
        )


def test_nlds_css_comes_from_the_pinned_package_version():
    pinned = json.loads((FRONTEND / "package.json").read_text())["dependencies"][
        "@utrecht/component-library-css"
    ]
    locked = json.loads((FRONTEND / "package-lock.json").read_text())["packages"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned), "pin an exact version"
    assert locked["node_modules/@utrecht/component-library-css"]["version"] == pinned
    head = (CSS_DIR / "nlds.css").read_text()[:300]
    assert f"@utrecht/component-library-css@{pinned}" in head
    assert "EUPL-1.2" in head
