#!/usr/bin/env python3
"""Writes the sources of the .xlsx test fixtures (see README.md).

sources/multi_sheet.fods: a flat OpenDocument spreadsheet that LibreOffice converts to
multi_sheet.xlsx (three sheets: numbers, strings, booleans, dates with and without a time, an
error, a formula's text, empty cells in the middle, blank rows).
inline_1904.xlsx: written here directly with zipfile, for what LibreOffice never writes: inline
and rich-text strings, phonetic runs, cells without a reference, the 1904 date system and custom
date formats with quoted text, escapes and [brackets].
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="N2"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
 <number:boolean-style style:name="N3"><number:boolean/></number:boolean-style>
 <number:number-style style:name="N4"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="ce3" style:family="table-cell" style:data-style-name="N3"/>
 <style:style style:name="ce4" style:family="table-cell" style:data-style-name="N4"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
FODS_TAIL = "</office:spreadsheet></office:body></office:document>\n"


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def s(text):
    return f'<table:table-cell office:value-type="string"><text:p>{esc(text)}</text:p></table:table-cell>'


def n(value, style=None):
    st = f' table:style-name="{style}"' if style else ""
    return f'<table:table-cell office:value-type="float" office:value="{value}"{st}><text:p>{value}</text:p></table:table-cell>'


def d(value, style="ce1"):
    return f'<table:table-cell office:value-type="date" office:date-value="{value}" table:style-name="{style}"><text:p>{value}</text:p></table:table-cell>'


def b(value):
    v = "true" if value else "false"
    return f'<table:table-cell office:value-type="boolean" office:boolean-value="{v}" table:style-name="ce3"><text:p>{v.upper()}</text:p></table:table-cell>'


def empty(count=1):
    return "<table:table-cell/>" if count == 1 else f'<table:table-cell table:number-columns-repeated="{count}"/>'


def table(name, rows):
    body = "".join("<table:table-row>" + "".join(cells) + "</table:table-row>\n" for cells in rows)
    return f'<table:table table:name="{esc(name)}">\n{body}</table:table>\n'


def write_fods():
    projects = [
        [s("Code"), s("Title"), s("Amount"), s("Start"), s("Signed"), s("Active"), s("Check")],
        [s("P-001"), s("Wells in Kayes"), n(282500000), d("2019-11-05"), d("2020-03-15T14:30:00", "ce2"), b(True),
         '<table:table-cell table:formula="of:=NA()" office:value-type="float" office:value="0"><text:p>#N/A</text:p></table:table-cell>'],
        [s("P-002"), s("Café & école, \u4e2d\u6587"), n(-12.5), empty(), d("2021-01-31T00:00:00", "ce2"), b(False),
         '<table:table-cell table:formula="of:=&quot;ok&quot;&amp;&quot;-&quot;&amp;[.A3]" office:value-type="string" office:string-value="ok-P-002"><text:p>ok-P-002</text:p></table:table-cell>'],
        [s("P-003"), empty(3), d("2022-07-01")],
    ]
    amounts = [
        [s("Value"), s("Shown")],
        [n(0.1), n(0.1, "ce4")],
        [n(317407002.964054), n(1234567.891, "ce4")],
        [n(42), n(3)],
    ]
    gaps = [
        [empty(2), s("C1 only")],
        [empty(7)],
        [empty(7)],
        [s("A4"), empty(4), s("F4")],
    ]
    with open(os.path.join(HERE, "sources", "multi_sheet.fods"), "w", encoding="utf-8") as f:
        f.write(FODS_HEAD + table("Projects", projects) + table("Amounts", amounts) + table("Gaps", gaps) + FODS_TAIL)


NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_inline_1904():
    content_types = XML + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>')
    root_rels = XML + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
    workbook = XML + (f'<workbook {NS}><workbookPr date1904="1"/><sheets>'
                      '<sheet name="Inline" sheetId="7" r:id="rIdData"/></sheets></workbook>')
    # An absolute target and no shared strings part at all.
    workbook_rels = XML + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>'
        '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>')
    # cellXfs: 0 General, 1 built-in 14 (date), 2 custom date with quoted text and escapes,
    # 3 custom number with quoted letters and a [colour] (not a date), 4 built-in 20 (h:mm), 5 built-in 22.
    styles = XML + (
        f'<styleSheet {NS}><numFmts count="2">'
        '<numFmt numFmtId="170" formatCode="&quot;day &quot;dd\\-mm\\-yyyy"/>'
        '<numFmt numFmtId="171" formatCode="[Red]#,##0.00&quot; USD ms&quot;;\\-0.00"/>'
        '</numFmts>'
        '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
        '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/><xf numFmtId="171"/>'
        '<xf numFmtId="20"/><xf numFmtId="22"/></cellXfs>'
        # A conditional format's number format reuses id 170: it must not change the cells' format.
        '<dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="0.00"/></dxf></dxfs></styleSheet>')
    sheet = XML + (
        f'<worksheet {NS}><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c t="inlineStr"><is><t>Date</t></is></c>'
        '<c t="inlineStr"><is><t>Amount</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Rich </t></r><r><t>text</t></r>'
        '<rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c>'
        '<c r="B2" s="1"><v>0</v></c><c r="C2" s="3"><v>1500.25</v></c></row>'
        '<row r="4"><c r="A4" t="inlineStr"><is><t>1904 date</t></is></c>'
        '<c r="B4" s="2"><v>42312</v></c><c r="D4" t="str"><f>A4</f><v>1904 date</v></c></row>'
        '<row r="5"><c r="A5" t="inlineStr"><is><t>time only</t></is></c><c r="B5" s="4"><v>0.75</v></c>'
        '<c r="C5" s="5"><v>42312.5</v></c><c r="E5" t="e"><v>#DIV/0!</v></c></row>'
        '<row r="6"><c r="A6"/><c r="B6" t="s"/></row>'
        '</sheetData></worksheet>')
    path = os.path.join(HERE, "inline_1904.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
                           ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbook_rels),
                           ("xl/styles.xml", styles), ("xl/worksheets/data.xml", sheet)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    write_fods()
    write_inline_1904()
