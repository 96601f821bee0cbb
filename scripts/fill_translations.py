#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts catalogue from tab-separated or Python tables of translations.

    scripts/fill_translations.py resources/translations/projectdesk_zh_CN.ts TABLE...

A table is a .tsv (context<TAB>source<TAB>translation, \\n for a line break) or a .py file defining
T = {(context, source): translation}. Only entries marked unfinished are filled; a plural (numerus)
entry gets the one form Chinese has. Prints what it filled and what is still unfinished.
"""
import runpy
import sys
import xml.etree.ElementTree as ET


def load(path):
    if path.endswith('.py'):
        return runpy.run_path(path)['T']
    table = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) == 3:
                table[(parts[0], parts[1].replace('\\n', '\n'))] = parts[2].replace('\\n', '\n')
    return table


def main():
    ts_path, tables = sys.argv[1], sys.argv[2:]
    table = {}
    for path in tables:
        table.update(load(path))
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for context in tree.getroot().findall('context'):
        name = context.find('name').text
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation.get('type') != 'unfinished':
                continue
            source = message.find('source').text
            text = table.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            del translation.attrib['type']
            if message.get('numerus') == 'yes':
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                ET.SubElement(translation, 'numerusform').text = text
            else:
                translation.text = text
            filled += 1
    tree.write(ts_path, encoding='utf-8', xml_declaration=True)
    print(f'filled {filled}')
    for name, source in missing:
        print(f'still unfinished: {name}: {source!r}')
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
