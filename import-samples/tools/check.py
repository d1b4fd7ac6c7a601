#!/usr/bin/env python3
"""Reads the OmniPIM import samples back and checks them against the catalog rules, without a server.

Usage: python3 import-samples/tools/check.py [samples directory]

It loads the files in the server's order on top of Akeneo's minimal catalog (sku, other, master, ecommerce;
EUR/USD/GBP active) and checks what the server would reject: unknown codes, column names that do not match the
localizable/scopable flags, values of the wrong type, GTIN check digits, unique identifiers and GTINs, variant
levels and axes, associations, image files. products-with-mistakes.csv must fail exactly on the lines its README
table lists as mistakes. Exit status 1 when something is wrong.
"""
import csv
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
MEASUREMENTS = os.path.join(DIR, "..", "src", "main", "resources", "catalog", "measurement-families.json")
LABEL_LOCALES = {"en_US", "fr_FR", "de_DE"}
ACTIVE_CURRENCIES = {"EUR", "USD", "GBP"}
CODE = re.compile(r"^[A-Za-z0-9_]{1,100}$")
PROBLEMS = []
MISTAKES_SECTION = "products-with-mistakes.csv, line by line"

OFFER_TABLE = {  # the standard offer attributes of flat-conventions: code -> (type, extra flags)
    "price": ("pim_catalog_price_collection", {"decimals_allowed": "1"}),
    "sale_price": ("pim_catalog_price_collection", {}),
    "sale_start_date": ("pim_catalog_date", {}),
    "sale_end_date": ("pim_catalog_date", {}),
    "stock_quantity": ("pim_catalog_number", {"decimals_allowed": "0", "negative_allowed": "0"}),
    "availability": ("pim_catalog_simpleselect", {}),
    "delivery_delay_days": ("pim_catalog_number", {"decimals_allowed": "0", "negative_allowed": "0"}),
    "condition": ("pim_catalog_simpleselect", {}),
    "brand": ("pim_catalog_simpleselect", {}),
    "gtin": ("pim_catalog_text", {"unique": "1", "validation_rule": "gtin"}),
    "mpn": ("pim_catalog_text", {}),
}
OFFER_OPTIONS = {"availability": {"in_stock", "out_of_stock", "preorder", "backorder"},
                 "condition": {"new", "refurbished", "used"}}


def problem(where, message):
    PROBLEMS.append("%s: %s" % (where, message))


def read(name):
    path = os.path.join(DIR, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problem(name, "starts with a byte order mark")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=";", quotechar='"'))
    header, out = rows[0], []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            problem(name, "row %d has %d cells, the header %d" % (i, len(r), len(header)))
        out.append(dict(zip(header, r)))
    return header, out


def check_header(name, header, allowed, required):
    for h in header:
        if h not in allowed and not (h.startswith("label-") and h[6:] in LABEL_LOCALES):
            problem(name, "unknown column %s" % h)
    for h in required:
        if h not in header:
            problem(name, "missing column %s" % h)
    if len(set(header)) != len(header):
        problem(name, "duplicate columns")


def labels(name, row):
    for l in LABEL_LOCALES:
        if not row.get("label-" + l, "").strip():
            problem(name, "%s has no label-%s" % (row.get("code") or row, l))


def gtin_valid(code):
    if not re.fullmatch(r"\d{8}|\d{12}|\d{13}|\d{14}", code):
        return False
    digits = [int(c) for c in code]
    total = sum(d * (3 if (len(code) - 1 - i) % 2 == 1 else 1) for i, d in enumerate(digits[:-1]))
    return (10 - total % 10) % 10 == digits[-1]


def codes(cell):
    return [c for c in cell.split(",") if c] if cell else []


class Catalog:
    """What the server holds after each file."""

    def __init__(self):
        self.groups = {"other"}
        self.attributes = {"sku": dict(code="sku", type="pim_catalog_identifier", group="other", unique="1")}
        self.options = {}
        self.categories = {"master": None}
        self.channels = {"ecommerce": dict(locales=["en_US"], currencies=["USD"])}
        self.association_types = {}
        self.families = {}
        self.variants = {}
        self.models = {}
        self.products = {}
        self.unique_values = {}
        self.measurements = {}
        if os.path.exists(MEASUREMENTS):
            for f in json.load(open(MEASUREMENTS, encoding="utf-8")):
                self.measurements[f["code"]] = {u["code"] if isinstance(u, dict) else u for u in
                                                (f["units"].values() if isinstance(f["units"], dict) else f["units"])}

    def active_locales(self):
        return {l for c in self.channels.values() for l in c["locales"]}


# ------------------------------------------------------------------------------------------------ structure
def load_structure(cat):
    name = "attribute_groups.csv"
    header, rows = read(name)
    check_header(name, header, {"code", "sort_order", "attributes"}, ["code"])
    group_members = {}
    for r in rows:
        if not CODE.match(r["code"]):
            problem(name, "bad code %r" % r["code"])
        labels(name, r)
        cat.groups.add(r["code"])
        group_members[r["code"]] = set(codes(r.get("attributes", "")))

    name = "attributes.csv"
    header, rows = read(name)
    check_header(name, header, {"code", "type", "group", "localizable", "scopable", "unique", "useable_as_grid_filter",
                                "available_locales", "max_characters", "validation_rule", "validation_regexp",
                                "number_min", "number_max", "decimals_allowed", "negative_allowed", "metric_family",
                                "default_metric_unit", "date_min", "date_max", "allowed_extensions", "max_file_size",
                                "wysiwyg_enabled", "sort_order"}, ["code", "type", "group"])
    types = {"identifier", "text", "textarea", "number", "boolean", "date", "metric", "price_collection",
             "simpleselect", "multiselect", "image", "file", "table"}
    for r in rows:
        code, t = r["code"], r["type"].replace("pim_catalog_", "")
        where = "%s %s" % (name, code)
        labels(name, r)
        if not CODE.match(code) or t not in types or r["group"] not in cat.groups:
            problem(where, "bad code, type or group")
        for flag in ("localizable", "scopable", "unique", "useable_as_grid_filter", "decimals_allowed",
                     "negative_allowed", "wysiwyg_enabled"):
            if r.get(flag, "") not in ("", "0", "1"):
                problem(where, "%s must be 0 or 1" % flag)
        if code in cat.attributes and cat.attributes[code]["type"] != r["type"]:
            problem(where, "the type of an existing attribute cannot change")
        if t == "identifier" and code != "sku":
            problem(where, "a second identifier attribute")
        if r.get("unique") == "1" and (t not in ("identifier", "text", "number", "date")
                                       or "1" in (r.get("localizable"), r.get("scopable"))):
            problem(where, "cannot be unique")
        if t == "metric":
            units = cat.measurements.get(r.get("metric_family"))
            if units is None or r.get("default_metric_unit") not in units:
                problem(where, "unknown metric family or unit")
        elif r.get("metric_family") or r.get("default_metric_unit"):
            problem(where, "metric properties on a non-metric attribute")
        if r.get("max_characters") and (t not in ("text", "identifier", "textarea")
                                        or int(r["max_characters"]) > (65535 if t == "textarea" else 255)):
            problem(where, "bad max_characters")
        if r.get("validation_rule") and (t not in ("text", "identifier")
                                         or r["validation_rule"] not in ("email", "url", "regexp", "gtin")):
            problem(where, "bad validation_rule")
        if r.get("allowed_extensions") and t not in ("image", "file"):
            problem(where, "allowed_extensions on a non-media attribute")
        if group_members.get(r["group"]) is not None and code not in group_members[r["group"]]:
            problem(where, "not listed in the attributes of its group %s" % r["group"])
        cat.attributes[code] = r
    for group, members in group_members.items():
        for m in members:
            if cat.attributes.get(m, {}).get("group") != group:
                problem("attribute_groups.csv", "%s lists %s, which is in another group" % (group, m))
    for code, (t, flags) in OFFER_TABLE.items():
        a = cat.attributes.get(code)
        if a is None or a["type"] != t or a["group"] != "offer" or "1" in (a.get("localizable"), a.get("scopable")):
            problem("attributes.csv", "offer attribute %s does not match the conventions" % code)
            continue
        for k, v in flags.items():
            if a.get(k) != v:
                problem("attributes.csv", "offer attribute %s: %s should be %s" % (code, k, v))

    name = "attribute_options.csv"
    header, rows = read(name)
    check_header(name, header, {"attribute", "code", "sort_order"}, ["attribute", "code"])
    for r in rows:
        a = cat.attributes.get(r["attribute"])
        if a is None or a["type"] not in ("pim_catalog_simpleselect", "pim_catalog_multiselect"):
            problem(name, "%s is not a select attribute" % r["attribute"])
        if not CODE.match(r["code"]) or r["code"] in cat.options.setdefault(r["attribute"], set()):
            problem(name, "bad or duplicate option %s.%s" % (r["attribute"], r["code"]))
        labels(name, r)
        cat.options[r["attribute"]].add(r["code"])
    for attribute, expected in OFFER_OPTIONS.items():
        if cat.options.get(attribute) != expected:
            problem(name, "%s options should be %s" % (attribute, sorted(expected)))
    for code, a in cat.attributes.items():
        if a["type"].endswith("select") and not cat.options.get(code):
            problem(name, "%s has no option" % code)

    name = "categories.csv"
    header, rows = read(name)
    check_header(name, header, {"code", "parent"}, ["code", "parent"])
    for r in rows:
        if not CODE.match(r["code"]) or (r["parent"] and r["parent"] not in cat.categories):
            problem(name, "%s: bad code or parent not listed before" % r["code"])
        labels(name, r)
        cat.categories[r["code"]] = r["parent"] or None

    name = "channels.csv"
    header, rows = read(name)
    check_header(name, header, {"code", "tree", "locales", "currencies", "conversion_units"}, ["code"])
    for r in rows:
        labels(name, r)
        if r["tree"] not in cat.categories or cat.categories[r["tree"]] is not None:
            problem(name, "%s: tree is not a root category" % r["code"])
        if not set(codes(r["currencies"])) <= ACTIVE_CURRENCIES or not codes(r["locales"]):
            problem(name, "%s: currency not active or no locale" % r["code"])
        for pair in codes(r.get("conversion_units", "")):
            attribute, unit = pair.split(":")
            a = cat.attributes.get(attribute, {})
            if a.get("type") != "pim_catalog_metric" or unit not in cat.measurements.get(a.get("metric_family"), ()):
                problem(name, "%s: bad conversion unit %s" % (r["code"], pair))
        cat.channels[r["code"]] = dict(locales=codes(r["locales"]), currencies=codes(r["currencies"]))

    name = "association_types.csv"
    header, rows = read(name)
    check_header(name, header, {"code", "is_two_way", "is_quantified"}, ["code"])
    for r in rows:
        labels(name, r)
        if r["is_two_way"] == "1" and r["is_quantified"] == "1":
            problem(name, "%s: quantified and two-way" % r["code"])
        cat.association_types[r["code"]] = r["is_quantified"] == "1"

    name = "families.csv"
    header, rows = read(name)
    check_header(name, header, {"code", "attributes", "attribute_as_label", "attribute_as_image"}
                 | {"requirements-" + c for c in cat.channels}, ["code", "attributes", "attribute_as_label"])
    for r in rows:
        where = "%s %s" % (name, r["code"])
        labels(name, r)
        attributes = set(codes(r["attributes"])) | {"sku"}
        for a in attributes:
            if a not in cat.attributes:
                problem(where, "unknown attribute %s" % a)
        if cat.attributes.get(r["attribute_as_label"], {}).get("type") not in ("pim_catalog_text",
                                                                              "pim_catalog_identifier") \
                or r["attribute_as_label"] not in attributes:
            problem(where, "bad attribute_as_label")
        if r["attribute_as_image"] and (r["attribute_as_image"] not in attributes or cat.attributes.get(
                r["attribute_as_image"], {}).get("type") != "pim_catalog_image"):
            problem(where, "bad attribute_as_image")
        for c in cat.channels:
            for a in codes(r.get("requirements-" + c, "")):
                if a not in attributes:
                    problem(where, "required attribute %s for %s is not in the family" % (a, c))
        cat.families[r["code"]] = attributes

    name = "family_variants.csv"
    header, rows = read(name)
    check_header(name, header, {"code", "family", "variant-axes_1", "variant-attributes_1", "variant-axes_2",
                                "variant-attributes_2"}, ["code", "family", "variant-axes_1"])
    for r in rows:
        where = "%s %s" % (name, r["code"])
        labels(name, r)
        family = cat.families.get(r["family"])
        if family is None:
            problem(where, "unknown family")
            continue
        levels, seen = [], set()
        for n in (1, 2):
            axes = codes(r.get("variant-axes_%d" % n, ""))
            if not axes:
                continue
            attributes = set(codes(r.get("variant-attributes_%d" % n, ""))) | set(axes)
            for axis in axes:
                a = cat.attributes.get(axis, {})
                if axis not in family or a.get("type") not in ("pim_catalog_simpleselect", "pim_catalog_metric",
                                                               "pim_catalog_boolean") \
                        or "1" in (a.get("localizable"), a.get("scopable")):
                    problem(where, "%s cannot be an axis" % axis)
            for a in attributes:
                if a not in family or a in seen:
                    problem(where, "%s not in the family or at two levels" % a)
            seen |= attributes
            levels.append(dict(axes=axes, attributes=attributes))
        unique = {c for c in family if cat.attributes[c].get("unique") == "1"}
        if not levels or not unique <= levels[-1]["attributes"]:
            problem(where, "the identifier and unique attributes %s belong to the last level" % sorted(unique))
        root = family - seen - {"sku"}
        cat.variants[r["code"]] = dict(family=r["family"], levels=levels, root=root)


# ------------------------------------------------------------------------------------------------ values
def parse_column(cat, column):
    """(attribute, locale, channel, currency, is_unit) of a value column, or a string saying why not."""
    parts = column.split("-")
    a = cat.attributes.get(parts[0])
    if a is None:
        return "unknown attribute"
    rest = parts[1:]
    t = a["type"]
    currency = unit = None
    if t == "pim_catalog_price_collection":
        if not rest or rest[-1] not in ACTIVE_CURRENCIES:
            return "a price column needs an active currency (price-EUR)"
        currency = rest.pop()
    elif t == "pim_catalog_metric" and rest and rest[-1] == "unit":
        unit = rest.pop()
    locale = rest.pop(0) if a.get("localizable") == "1" and rest else None
    channel = rest.pop(0) if a.get("scopable") == "1" and rest else None
    if rest:
        return "unexpected suffix %s" % "-".join(rest)
    if a.get("localizable") == "1" and locale not in cat.active_locales():
        return "localizable: needs an active locale"
    if a.get("scopable") == "1":
        if channel not in cat.channels:
            return "scopable: needs a channel"
        if locale and locale not in cat.channels[channel]["locales"]:
            return "locale %s is not activated for channel %s" % (locale, channel)
    return (parts[0], locale, channel, currency, unit is not None)


def check_value(cat, a, cell, row, column, base_dir):
    """The error for one non-empty cell, or None."""
    t = a["type"].replace("pim_catalog_", "")
    if t in ("text", "textarea", "identifier"):
        limit = int(a.get("max_characters") or (255 if t != "textarea" else 65535))
        if len(cell) > limit:
            return "too long (%d > %d)" % (len(cell), limit)
        if a.get("validation_rule") == "gtin" and not gtin_valid(cell):
            return "invalid GTIN %s" % cell
    elif t in ("number", "price_collection", "metric"):
        if not re.fullmatch(r"-?\d+(\.\d+)?", cell):
            return "not a number: %r" % cell
        if a.get("decimals_allowed") == "0" and "." in cell.rstrip("0").rstrip("."):
            return "decimals not allowed: %s" % cell
        if (a.get("negative_allowed") == "0" or t == "price_collection") and cell.startswith("-"):
            return "negative not allowed: %s" % cell
        if a.get("number_max") and float(cell) > float(a["number_max"]):
            return "above number_max"
        if t == "metric":
            unit = row.get(column + "-unit", "")
            if unit not in cat.measurements.get(a["metric_family"], ()):
                return "missing or unknown unit %r" % unit
    elif t == "boolean":
        if cell not in ("0", "1"):
            return "boolean must be 1 or 0: %r" % cell
    elif t == "date":
        try:
            d = date.fromisoformat(cell)
            if a.get("date_min") and d < date.fromisoformat(a["date_min"]):
                return "before date_min"
        except ValueError:
            return "not a yyyy-mm-dd date: %r" % cell
    elif t == "simpleselect":
        if cell not in cat.options.get(a["code"], ()):
            return "unknown option %r" % cell
    elif t == "image":
        path = os.path.join(base_dir, cell)
        ext = cell.rsplit(".", 1)[-1].lower()
        if ext not in codes(a.get("allowed_extensions", "")) or not os.path.isfile(path):
            return "missing file or extension not allowed: %s" % cell
        if not open(path, "rb").read(8) == b"\x89PNG\r\n\x1a\n":
            return "not a PNG: %s" % cell
    return None


def row_errors(cat, header, row, kind, allowed, base_dir):
    """Errors of the value cells of one row; only non-empty cells count (empty = no value)."""
    errors = []
    for column in header:
        cell = row.get(column, "")
        parsed = parse_column(cat, column) if column not in FIXED[kind] and not is_assoc(column) else None
        if not isinstance(parsed, tuple) or parsed[4] or cell == "":
            continue
        attribute = parsed[0]
        if allowed is not None and attribute not in allowed:
            errors.append("%s: set on a %s that does not hold it" % (column, kind))
            continue
        message = check_value(cat, cat.attributes[attribute], cell, row, column, base_dir)
        if message:
            errors.append("%s: %s" % (column, message))
    for column in header:  # a unit without an amount
        if column.endswith("-unit") and row.get(column) and not row.get(column[:-5]):
            errors.append("%s: unit without an amount" % column)
    return errors


FIXED = {"product model": {"code", "family_variant", "parent", "categories"},
         "product": {"sku", "family", "categories", "enabled", "groups", "parent"}}


def is_assoc(column):
    return bool(re.fullmatch(r"[A-Za-z0-9_]+-(products|product_models|groups)(-quantity)?", column)) \
        and column.split("-")[0].isupper()


def check_value_header(cat, name, header, kind):
    for column in header:
        if column in FIXED[kind]:
            continue
        if is_assoc(column):
            if kind != "product" or column.split("-")[0] not in cat.association_types:
                problem(name, "unknown association column %s" % column)
            elif column.endswith("-quantity") and not cat.association_types[column.split("-")[0]]:
                problem(name, "%s: quantities on a non-quantified association" % column)
            continue
        parsed = parse_column(cat, column)
        if not isinstance(parsed, tuple):
            problem(name, "column %s: %s" % (column, parsed))
        elif parsed[4] and column[:-5] not in header:
            problem(name, "column %s without its amount column" % column)
        elif cat.attributes[parsed[0]]["type"] == "pim_catalog_metric" and not parsed[4] \
                and column + "-unit" not in header:
            problem(name, "metric column %s without %s-unit" % (column, column))
    if kind == "product" and "sku" not in header:
        problem(name, "no sku column")


def axes_key(cat, row, axes):
    return tuple((row.get(a, ""), row.get(a + "-unit", "")) for a in axes)


def load_models(cat):
    name = "product_models.csv"
    header, rows = read(name)
    check_value_header(cat, name, header, "product model")
    siblings = {}
    for line, r in enumerate(rows, 2):
        where = "%s line %d %s" % (name, line, r["code"])
        parent = r.get("parent") or None
        fv_code = r.get("family_variant") or (cat.models.get(parent, {}).get("family_variant"))
        fv = cat.variants.get(fv_code)
        if not CODE.match(r["code"]) or r["code"] in cat.models or fv is None:
            problem(where, "bad or duplicate code, or unknown family variant")
            continue
        for c in codes(r["categories"]):
            if c not in cat.categories:
                problem(where, "unknown category %s" % c)
        if parent:
            p = cat.models.get(parent)
            if p is None or p["parent"] or len(fv["levels"]) < 2 or p["family_variant"] != fv_code:
                problem(where, "parent must be a root model of a two-level family variant")
                continue
            allowed = fv["levels"][0]["attributes"]
            key = axes_key(cat, r, fv["levels"][0]["axes"])
            if any(v == "" for v, _ in key) or key in siblings.setdefault(parent, set()):
                problem(where, "axis values empty or already used by a sibling")
            siblings[parent].add(key)
        else:
            allowed = fv["root"]
        for e in row_errors(cat, header, r, "product model", allowed, DIR):
            problem(where, e)
        cat.models[r["code"]] = dict(parent=parent, family_variant=fv_code, values=r)
    return len(rows)


def model_level(cat, code):
    m = cat.models[code]
    return 2 if m["parent"] else 1


def product_errors(cat, header, r, seen_in_file, base_dir):
    """The errors the server would report for one product row (and registers the product when valid)."""
    errors = []
    sku = r.get("sku", "")
    if sku == "" or sku != sku.strip() or "," in sku or ";" in sku:
        errors.append("sku: empty or invalid identifier")
    family = r.get("family", "")
    if family and family not in cat.families:
        errors.append("family: unknown family %s" % family)
    for c in codes(r.get("categories", "")):
        if c not in cat.categories:
            errors.append("categories: unknown category %s" % c)
    if r.get("enabled", "1") not in ("0", "1"):
        errors.append("enabled: must be 1 or 0")
    if r.get("groups"):
        errors.append("groups: product groups are not supported")
    allowed, axes, parent = None, [], r.get("parent", "")
    if parent:
        m = cat.models.get(parent)
        fv = cat.variants.get(m["family_variant"]) if m else None
        if m is None:
            errors.append("parent: product model %s does not exist" % parent)
        elif model_level(cat, parent) != len(fv["levels"]):
            errors.append("parent: %s is not a last-level model" % parent)
        else:
            level = fv["levels"][-1]
            allowed, axes = level["attributes"] | {"sku"}, level["axes"]
            if family and family != fv["family"]:
                errors.append("family: a variant has the family of its model (%s)" % fv["family"])
    elif family in cat.families:
        allowed = cat.families[family]
    errors += row_errors(cat, header, r, "product", allowed, base_dir)
    if allowed is not None and axes:
        key = axes_key(cat, r, axes)
        if any(v == "" for v, _ in key):
            errors.append("%s: axis value missing" % ",".join(axes))
        elif key in cat.axes_taken.setdefault(parent, {}) and cat.axes_taken[parent][key] != sku:
            errors.append("%s: axis values already used by %s" % (",".join(axes), cat.axes_taken[parent][key]))
    g = r.get("gtin", "")
    if g and cat.unique_values.get(g, sku) != sku:
        errors.append("gtin: %s already used by %s" % (g, cat.unique_values[g]))
    for column in header:
        if not is_assoc(column) or column.endswith("-quantity") or not r.get(column):
            continue
        refs = codes(r[column])
        target = cat.products if column.endswith("-products") else cat.models
        for ref in refs:
            if column.endswith("-groups") or ref not in target:
                errors.append("%s: %s does not exist (yet)" % (column, ref))
        if cat.association_types.get(column.split("-")[0]):
            quantities = r.get(column + "-quantity", "").split("|")
            if len(quantities) != len(refs) or not all(q.isdigit() and int(q) > 0 for q in quantities):
                errors.append("%s-quantity: one positive quantity per item" % column)
    if not errors:
        cat.products[sku] = r
        if g:
            cat.unique_values[g] = sku
        if axes:
            cat.axes_taken.setdefault(parent, {})[axes_key(cat, r, axes)] = sku
    return errors


def load_products(cat):
    name = "products.csv"
    header, rows = read(name)
    check_value_header(cat, name, header, "product")
    cat.axes_taken = {}
    for line, r in enumerate(rows, 2):
        if r["sku"] in cat.products:
            problem(name, "duplicate sku %s" % r["sku"])
        for e in product_errors(cat, header, r, None, DIR):
            problem("%s %s" % (name, r["sku"]), e)
    # every referenced image exists and every image is referenced
    used = set()
    for file in ("products.csv", "product_models.csv"):
        for r in read(file)[1]:
            used |= {v for k, v in r.items() if k == "image" and v}
    present = {"media/" + f for f in os.listdir(os.path.join(DIR, "media"))}
    for orphan in sorted(present - used):
        problem("media", "%s is not used" % orphan)
    return rows


def check_mistakes(cat):
    name = "products-with-mistakes.csv"
    header, rows = read(name)
    check_value_header(cat, name, header, "product")
    readme = open(os.path.join(DIR, "README.md"), encoding="utf-8").read()
    section = readme.split("## " + MISTAKES_SECTION, 1)[-1].split("\n## ", 1)[0]
    expected = {}
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        if sum(1 for _ in f) != len(rows) + 1:
            problem(name, "a cell holds a line break: README line numbers would not match the file")
    for m in re.finditer(r"^\| (\d+) \| ([^|]*) \| ([^|]*) \| ([^|]*) \|$", section, re.M):
        expected[int(m.group(1))] = not (m.group(4).strip().startswith("—")
                                         or m.group(4).strip().startswith("warning"))
    if len(expected) != len(rows):
        problem(name, "the README table lists %d lines, the file has %d rows" % (len(expected), len(rows)))
    seen, rejected = {}, 0
    for line, r in enumerate(rows, 2):
        errors = product_errors(cat, header, r, seen, DIR)
        seen.setdefault(r["sku"], line)
        rejected += bool(errors)
        if bool(errors) != expected.get(line, False):
            problem(name, "line %d (%s): README expects %s, the checker finds %s" % (
                line, r["sku"] or "(empty)", "an error" if expected.get(line) else "no error", errors or "none"))
        elif errors and len(errors) != 1:
            problem(name, "line %d has more than one mistake: %s" % (line, errors))
        print("  line %2d %-16s %s" % (line, r["sku"] or "(empty)", "; ".join(errors) or "ok"))
    return len(rows), rejected


def main():
    cat = Catalog()
    if not cat.measurements:
        problem("setup", "cannot read %s" % MEASUREMENTS)
    load_structure(cat)
    models = load_models(cat)
    products = load_products(cat)
    gtins = [p["gtin"] for p in products if p.get("gtin")]
    variants = sum(1 for p in products if p.get("parent"))
    print("attributes %d, options %d, categories %d, channels %d, families %d, family variants %d" % (
        len(cat.attributes), sum(map(len, cat.options.values())), len(cat.categories), len(cat.channels),
        len(cat.families), len(cat.variants)))
    print("product models %d (%d root, %d sub-models)" % (
        models, sum(1 for m in cat.models.values() if not m["parent"]),
        sum(1 for m in cat.models.values() if m["parent"])))
    print("products %d (%d variants, %d simple), %d distinct GTINs, %d images" % (
        len(products), variants, len(products) - variants, len(set(gtins)), len(os.listdir(os.path.join(DIR, "media")))))
    if len(set(gtins)) != len(products):
        problem("products.csv", "every product needs its own GTIN")
    print("products-with-mistakes.csv:")
    rows, rejected = check_mistakes(cat)
    print("  %d rows, %d rejected" % (rows, rejected))
    for p in PROBLEMS:
        print("PROBLEM " + p)
    print("OK" if not PROBLEMS else "%d problems" % len(PROBLEMS))
    sys.exit(1 if PROBLEMS else 0)


if __name__ == "__main__":
    main()
