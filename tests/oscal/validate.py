#!/usr/bin/env python3
"""Validates OSCAL JSON files against the NIST OSCAL 1.0.6 schemas in tests/oscal/schemas/.

Usage: validate.py SCHEMA_DIR FILE...  Exit 0 when every file is valid, 1 otherwise.

The schemas' token pattern uses the Unicode classes \\p{L} and \\p{N}, which Python's re does not
know; they are rewritten at load time to the equivalent re classes, so Debian's
python3-jsonschema suffices.
"""
import json
import sys

import jsonschema

SCHEMAS = {
    "catalog": "oscal_catalog_schema.json",
    "component-definition": "oscal_component_schema.json",
    "assessment-results": "oscal_assessment-results_schema.json",
}


def rewrite_patterns(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                # A letter is a word character that is neither a digit nor '_'.
                node[key] = value.replace(r"\p{L}", r"[^\W\d_]").replace(r"\p{N}", r"\d")
            else:
                rewrite_patterns(value)
    elif isinstance(node, list):
        for value in node:
            rewrite_patterns(value)
    return node


def main():
    schema_dir, files = sys.argv[1], sys.argv[2:]
    if not files:
        print("validate.py: no files to validate", file=sys.stderr)
        return 1
    validators = {}
    failed = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        models = [k for k in document if k in SCHEMAS]
        if len(models) != 1:
            print(f"{path}: not one OSCAL model of {sorted(SCHEMAS)}: {sorted(document)}")
            failed += 1
            continue
        model = models[0]
        if model not in validators:
            with open(f"{schema_dir}/{SCHEMAS[model]}", encoding="utf-8") as f:
                schema = rewrite_patterns(json.load(f))
            validators[model] = jsonschema.Draft7Validator(schema)
        errors = sorted(validators[model].iter_errors(document), key=lambda e: list(e.path))
        for e in errors[:10]:
            where = "/".join(str(p) for p in e.absolute_path)
            print(f"{path}: {model}: /{where}: {e.message[:300]}")
        if errors:
            failed += 1
    print(f"validate.py: {len(files) - failed} of {len(files)} files valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
