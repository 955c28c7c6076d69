"""Write the partner template resources/templates/signalen-import.xlsx.

    uv run python tools/make_import_template.py

The template is made by `sisa_desk.services.import_template.build_template`, so it is the same
file on every run; tests/services/test_import_template.py fails when the shipped one is stale.
"""

from __future__ import annotations

from sisa_desk.services.import_template import build_template, template_path


def main() -> None:
    target = template_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    build_template(target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
