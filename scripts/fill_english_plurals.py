#!/usr/bin/env python3
"""Writes resources/translations/projectdesk_en.ts: English singular and plural of every %n message.

The source texts write "row(s)", "delivery(ies)"; Qt shows them as written unless a catalogue gives
the forms. The English catalogue holds the plural messages of the Chinese one (refresh that one with
lupdate first), each with its two forms:

    scripts/fill_english_plurals.py resources/translations/projectdesk_zh_CN.ts

"(s)" and "(ies)" become the singular and the plural word; the verbs that agree with the number are
set below.
"""
import sys
import xml.etree.ElementTree as ET

TARGET = "resources/translations/projectdesk_en.ts"

# Wording the mechanical rule cannot know: source -> (singular, plural).
OVERRIDES = {
    "Its %n partner role(s) are removed with it: %1.": ("Its partner role is removed with it: %1.", "Its %n partner roles are removed with it: %1."),
    "All %n row(s) were recovered into %1; nothing was lost.": ("The one row was recovered into %1; nothing was lost.", "All %n rows were recovered into %1; nothing was lost."),
    "%n row(s) kept without their link to a partner that could not be read": ("%n row kept without its link to a partner that could not be read", "%n rows kept without their link to a partner that could not be read"),
    "%n delivery(ies) with their packing lists": ("%n delivery with its packing list", "%n deliveries with their packing lists"),
}


def forms(source):
    if source in OVERRIDES:
        return OVERRIDES[source]
    singular = source.replace("y(ies)", "y").replace("(s)", "").replace(" were ", " was ")
    plural = source.replace("y(ies)", "ies").replace("(s)", "s")
    return singular, plural


def main(catalogue):
    source = ET.parse(catalogue).getroot()
    root = ET.Element("TS", version="2.1", language="en")
    for context in source:
        messages = [m for m in context.findall("message") if m.get("numerus") == "yes"]
        if not messages:
            continue
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = context.find("name").text
        for m in messages:
            message = ET.SubElement(c, "message", numerus="yes")
            ET.SubElement(message, "source").text = m.find("source").text
            translation = ET.SubElement(message, "translation")
            for text in forms(m.find("source").text):
                ET.SubElement(translation, "numerusform").text = text
    ET.indent(root)
    ET.ElementTree(root).write(TARGET, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/projectdesk_zh_CN.ts")
