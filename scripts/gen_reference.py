#!/usr/bin/env python3
"""Generate ProjectDesk's reference-data resources.

Usage:  python3 scripts/gen_reference.py [--shared PATH]

Reads the read-only reference data in <shared>/data (default <repo>/../shared):
  iso-codes/iso_3166-1.json, iso_3166-1_en_zh.csv    ISO 3166-1 countries (en, zh_CN)
  iso-codes/iso_4217.json, iso_4217_en_zh.csv        ISO 4217 currencies (en, zh_CN)
  iso-codes/copyright                                iso-codes licence (LGPL-2.1+)
  iati/codelists/embedded/xml/*.xml                  IATI codelists 2.03 (embedded)
  iati/codelists/nonembedded/xml/*.xml               IATI codelists (non-embedded)
  iati/codelists/codeforiati-json-en/*.json          newer codes missing from the XML
and the hand-maintained resources/reference/codelists_zh.json, and writes
  resources/reference/countries.json
  resources/reference/currencies.json
  resources/reference/codelists.json
  resources/reference/iso-codes-copyright.txt

Output is deterministic: lists sorted, UTF-8, ensure_ascii=False, indent=1,
LF line endings. Standard library only. Exits non-zero (with a message naming
the offending code) when a country has no Chinese name, a currency has no
minor-unit entry, or a non-withdrawn codelist code has no Chinese name.
"""

import argparse
import csv
import json
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

# English display name: common_name when iso-codes has one, else name; except:
COUNTRY_EN_OVERRIDES = {
    # iso-codes' common_name is "Taiwan"; keep the ISO 3166-1 short name so the
    # English matches the Chinese name 中国台湾省 (PRC / UN usage).
    "TW": "Taiwan, Province of China",
}

# Corrections to iso-codes' name_zh_CN. Only clear errors (typos, non-mainland
# forms) and long official forms that do not match the English common name are
# replaced; the names follow the PRC Ministry of Foreign Affairs country list.
COUNTRY_ZH_OVERRIDES = {
    "KH": "柬埔寨",            # iso-codes: 柬埔塞 (typo)
    "GT": "危地马拉",          # iso-codes: 瓜地马拉 (Taiwan form)
    "VA": "梵蒂冈",            # iso-codes: 梵地冈 (typo)
    "SM": "圣马力诺",          # iso-codes: 圣马力诺市 (the city, not the state)
    "BD": "孟加拉国",          # iso-codes: 孟加拉 (the region)
    "KG": "吉尔吉斯斯坦",      # iso-codes: 吉尔吉斯坦
    "BW": "博茨瓦纳",          # iso-codes: 博兹瓦那
    "LC": "圣卢西亚",          # iso-codes: 圣路西亚
    "MT": "马耳他",            # iso-codes: 马尔他
    "TT": "特立尼达和多巴哥",  # iso-codes: 特里尼达和多巴哥
    "PF": "法属波利尼西亚",    # iso-codes: 法属玻利尼西亚
    "GS": "南乔治亚岛和南桑威奇群岛",  # iso-codes: ...南桑德韦奇岛
    # English uses the common name, so the Chinese uses the common name too.
    "BO": "玻利维亚",          # iso-codes: 玻利维亚共和国
    "IR": "伊朗",              # iso-codes: 伊朗伊斯兰共和国
    "KR": "韩国",              # iso-codes: 大韩民国
    "KP": "朝鲜",              # iso-codes: 朝鲜民主主义人民共和国
    "LA": "老挝",              # iso-codes: 老挝人民民主共和国
    "MD": "摩尔多瓦",          # iso-codes: 摩尔多瓦共和国
    "SY": "叙利亚",            # iso-codes: 阿拉伯叙利亚共和国
    "VE": "委内瑞拉",          # iso-codes: 委内瑞拉玻利瓦尔共和国
}

# ---------------------------------------------------------------------------
# Currencies
# ---------------------------------------------------------------------------

# ISO 4217 list one, column "Minor unit". None = "N.A." (funds, metals,
# special drawing rights, test and no-currency codes). Every code in
# iso_4217.json must be listed here; the script fails otherwise.
CURRENCY_MINOR_UNITS = {}
for _codes, _minor in (
    ("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF", 0),
    ("BHD IQD JOD KWD LYD OMR TND", 3),
    ("CLF UYW", 4),
    ("XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX", None),
    ("AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV "
     "BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE "
     "CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD "
     "HNL HRK HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR "
     "LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD "
     "NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR "
     "SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY "
     "TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL", 2),
):
    for _c in _codes.split():
        assert _c not in CURRENCY_MINOR_UNITS, _c
        CURRENCY_MINOR_UNITS[_c] = _minor

# Chinese names to use instead of iso-codes' name_zh_CN (or when it is
# missing): the common currencies named in the brief, plus corrections of
# names that are wrong or ambiguous without the country.
CURRENCY_ZH_OVERRIDES = {
    "USD": "美元",
    "EUR": "欧元",
    "CNY": "人民币",           # iso-codes: 人民币元
    "JPY": "日元",
    "GBP": "英镑",
    "CHF": "瑞士法郎",
    "XDR": "特别提款权",
    "KRW": "韩元",             # iso-codes: 圆
    "KPW": "朝鲜元",           # iso-codes: 北朝鲜圆
    "VND": "越南盾",           # iso-codes: 盾
    "THB": "泰铢",             # iso-codes: 铢
    "IDR": "印度尼西亚卢比",   # iso-codes: 卢比
    "MKD": "北马其顿代纳尔",   # iso-codes: 第纳尔
    "ILS": "以色列新谢克尔",   # iso-codes: 锡克尔
    "TWD": "新台币",           # iso-codes: 新台湾元
    "AED": "阿联酋迪拉姆",     # iso-codes: UAE 迪拉姆
    "AMD": "亚美尼亚德拉姆",   # iso-codes: 亚美尼亚达姆
    "BRL": "巴西雷亚尔",       # iso-codes: 巴西瑞尔
    "BOB": "玻利维亚诺",       # iso-codes: 玻利维亚比索 (that is the pre-1987 unit)
    "JOD": "约旦第纳尔",       # iso-codes: 约丹第纳尔
    "KES": "肯尼亚先令",       # iso-codes: 肯亚先令
    "LRD": "利比里亚元",       # iso-codes: 利比利亚元
    "XAF": "中非法郎",         # iso-codes: CFA 法郎 BEAC
    "XOF": "西非法郎",         # iso-codes: CFA 法郎 BCEAO
    "XPF": "太平洋法郎",       # iso-codes: CFP 法郎
    "XPT": "铂",               # iso-codes: 铂白金
    "XBA": "欧洲货币合成单位（EURCO）",  # iso-codes: ...合成单（EURCO）
    "USN": "美元（次日）",     # iso-codes: 美元 （次日）
}

# iso-codes zh_CN names that are plainly wrong for obscure fund codes; these
# fall back to the English name (and are reported) rather than inventing one.
CURRENCY_ZH_REJECT = {
    "BOV",  # iso-codes: 玻利维亚语 ("Bolivian language")
    "COU",  # iso-codes: 以太坊 ("Ethereum")
    "CLF",  # iso-codes: 智利比索 (that is CLP)
}

# ---------------------------------------------------------------------------
# IATI codelists
# ---------------------------------------------------------------------------

CODELISTS = [
    "ActivityStatus", "ActivityDateType", "OrganisationRole", "OrganisationType",
    "TransactionType", "BudgetType", "BudgetStatus", "Sector", "SectorCategory",
    "UNSDG-Goals", "CollaborationType", "FinanceType", "AidType", "FlowType",
    "TiedStatus",
]

# Official UN SDG colours (UN Sustainable Development Goals communications
# materials / SDG guidelines).
SDG_COLOURS = {
    "1": "#E5243B", "2": "#DDA63A", "3": "#4C9F38", "4": "#C5192D",
    "5": "#FF3A21", "6": "#26BDE2", "7": "#FCC30B", "8": "#A21942",
    "9": "#FD6925", "10": "#DD1367", "11": "#FD9D24", "12": "#BF8B2E",
    "13": "#3F7E44", "14": "#0A97D9", "15": "#56C02B", "16": "#00689D",
    "17": "#19486A",
}


class GenError(Exception):
    pass


def clean(text):
    """Collapse whitespace (including NBSP) and trim."""
    return re.sub(r"\s+", " ", (text or "").replace("\u00a0", " ")).strip()


def code_key(code):
    return (0, int(code), code) if code.isdigit() else (1, 0, code)


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_csv(path, key):
    with open(path, encoding="utf-8", newline="") as f:
        return {row[key]: row for row in csv.DictReader(f)}


def write_json(path, data):
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------


def build_countries(iso_dir):
    entries = read_json(os.path.join(iso_dir, "iso_3166-1.json"))["3166-1"]
    zh_rows = read_csv(os.path.join(iso_dir, "iso_3166-1_en_zh.csv"), "alpha_2")
    out, missing = [], []
    for c in entries:
        a2 = c["alpha_2"]
        en = COUNTRY_EN_OVERRIDES.get(a2) or c.get("common_name") or c["name"]
        zh = COUNTRY_ZH_OVERRIDES.get(a2)
        if zh is None:
            zh = clean((zh_rows.get(a2) or {}).get("name_zh_CN"))
        if not zh:
            missing.append(a2)
            continue
        # Other names the country goes by in spreadsheets ("Viet Nam", "Korea, Republic of",
        # "United Republic of Tanzania", 坦桑尼亚联合共和国), for imports that name countries.
        row = zh_rows.get(a2) or {}
        aka = []
        for name in (c.get("name"), c.get("official_name"), c.get("common_name"),
                     row.get("official_name_zh_CN"), row.get("name_zh_TW"), row.get("official_name_zh_TW"),
                     (zh_rows.get(a2) or {}).get("name_zh_CN")):
            name = clean(name)
            if a2 == "TW" and name != "Taiwan":
                continue  # the Traditional-Chinese locale's self-designations are not names ProjectDesk reads
            if name and name not in aka and name not in (clean(en), zh):
                aka.append(name)
        entry = {"a2": a2, "a3": c["alpha_3"], "num": c["numeric"], "en": clean(en), "zh": zh}
        if aka:
            entry["aka"] = aka
        out.append(entry)
    if missing:
        raise GenError("countries without a zh_CN name in iso-codes: "
                       + ", ".join(sorted(missing)))
    stale = sorted(set(COUNTRY_ZH_OVERRIDES) - {c["a2"] for c in out})
    if stale:
        raise GenError("COUNTRY_ZH_OVERRIDES names unknown codes: " + ", ".join(stale))
    out.sort(key=lambda c: c["a2"])
    return out


def build_currencies(iso_dir):
    entries = read_json(os.path.join(iso_dir, "iso_4217.json"))["4217"]
    zh_rows = read_csv(os.path.join(iso_dir, "iso_4217_en_zh.csv"), "alpha_3")
    out, no_minor, zh_missing = [], [], []
    for c in entries:
        code = c["alpha_3"]
        if code not in CURRENCY_MINOR_UNITS:
            no_minor.append(code)
            continue
        en = clean(c["name"])
        zh = CURRENCY_ZH_OVERRIDES.get(code)
        if zh is None and code not in CURRENCY_ZH_REJECT:
            zh = clean((zh_rows.get(code) or {}).get("name_zh_CN"))
        if not zh:
            zh = en
            zh_missing.append(code)
        out.append({"code": code, "num": c["numeric"], "en": en, "zh": zh,
                    "minor": CURRENCY_MINOR_UNITS[code]})
    if no_minor:
        raise GenError("currencies without a minor-unit entry in "
                       "CURRENCY_MINOR_UNITS: " + ", ".join(sorted(no_minor)))
    out.sort(key=lambda c: c["code"])
    return out, sorted(zh_missing)


def read_xml_codelist(path):
    root = ET.parse(path).getroot()
    items = {}
    for it in root.iter("codelist-item"):
        code = clean(it.findtext("code"))
        en = ""
        name = it.find("name")
        if name is not None:
            for nar in name.findall("narrative"):
                if nar.get(XML_LANG, "en") == "en":
                    en = clean(nar.text)
                    break
        items[code] = {
            "en": en,
            "withdrawn": it.get("status") == "withdrawn",
            "category": clean(it.findtext("category")) or None,
        }
    return items


def read_json_codelist(path):
    items = {}
    for d in read_json(path)["data"]:
        items[clean(d["code"])] = {
            "en": clean(d.get("name")),
            "withdrawn": d.get("status") == "withdrawn",
            "category": clean(d.get("category")) or None,
        }
    return items


def build_codelists(cl_dir, zh_all):
    result, json_only = {}, {}
    errors = []
    for name in sorted(CODELISTS):
        xml_path = None
        for sub in ("embedded", "nonembedded"):
            p = os.path.join(cl_dir, sub, "xml", name + ".xml")
            if os.path.exists(p):
                xml_path = p
                break
        json_path = os.path.join(cl_dir, "codeforiati-json-en", name + ".json")
        items = read_xml_codelist(xml_path) if xml_path else {}
        extra = read_json_codelist(json_path) if os.path.exists(json_path) else {}
        for code, item in extra.items():
            if code not in items:
                items[code] = item
                json_only.setdefault(name, []).append(code)
            elif not items[code]["en"]:
                items[code]["en"] = item["en"]
        if not items:
            raise GenError("codelist %s: no source found" % name)
        zh = zh_all.get(name, {})
        stray = sorted(set(zh) - set(items), key=code_key)
        if stray:
            errors.append("codelists_zh.json %s has codes not in the codelist: %s"
                          % (name, ", ".join(stray)))
        rows = []
        for code in sorted(items, key=code_key):
            it = items[code]
            if not it["en"]:
                errors.append("%s %s: no English name" % (name, code))
            z = clean(zh.get(code))
            if not z:
                if it["withdrawn"]:
                    z = it["en"]
                    print("warning: %s %s (withdrawn) has no zh; using English"
                          % (name, code))
                else:
                    errors.append("%s %s (%s): no zh name in codelists_zh.json"
                                  % (name, code, it["en"]))
            row = {"code": code, "en": it["en"], "zh": z,
                   "withdrawn": it["withdrawn"]}
            if name == "Sector":
                if not it["category"]:
                    errors.append("Sector %s: no category" % code)
                row["category"] = it["category"]
            if name == "UNSDG-Goals":
                if code not in SDG_COLOURS:
                    errors.append("UNSDG-Goals %s: no colour" % code)
                row["color"] = SDG_COLOURS.get(code)
            rows.append(row)
        result[name] = rows
    # every Sector category must exist in SectorCategory
    cats = {r["code"] for r in result["SectorCategory"]}
    for r in result["Sector"]:
        if r["category"] not in cats:
            errors.append("Sector %s: category %s not in SectorCategory"
                          % (r["code"], r["category"]))
    unknown_lists = sorted(k for k in zh_all if not k.startswith("_")
                           and k not in CODELISTS)
    if unknown_lists:
        errors.append("codelists_zh.json has unknown lists: " + ", ".join(unknown_lists))
    if errors:
        raise GenError("codelists:\n  " + "\n  ".join(errors))
    return result, json_only


def main(argv=None):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(repo, "..", "shared"),
                    help="path to the shared folder holding data/ (default: <repo>/../shared)")
    args = ap.parse_args(argv)

    data = os.path.join(os.path.abspath(args.shared), "data")
    iso_dir = os.path.join(data, "iso-codes")
    cl_dir = os.path.join(data, "iati", "codelists")
    out_dir = os.path.join(repo, "resources", "reference")
    for p in (iso_dir, cl_dir, out_dir):
        if not os.path.isdir(p):
            raise GenError("missing directory: " + p)

    countries = build_countries(iso_dir)
    currencies, zh_missing = build_currencies(iso_dir)
    zh_all = read_json(os.path.join(out_dir, "codelists_zh.json"))
    codelists, json_only = build_codelists(cl_dir, zh_all)

    write_json(os.path.join(out_dir, "countries.json"), countries)
    write_json(os.path.join(out_dir, "currencies.json"), currencies)
    write_json(os.path.join(out_dir, "codelists.json"), codelists)
    shutil.copyfile(os.path.join(iso_dir, "copyright"),
                    os.path.join(out_dir, "iso-codes-copyright.txt"))

    print("countries.json: %d countries" % len(countries))
    print("currencies.json: %d currencies" % len(currencies))
    print("codelists.json:")
    for name in sorted(codelists):
        rows = codelists[name]
        nw = sum(1 for r in rows if r["withdrawn"])
        extra = json_only.get(name)
        print("  %-18s %4d codes (%d withdrawn)%s" % (
            name, len(rows), nw,
            "; from codeforIATI JSON: " + ", ".join(sorted(extra, key=code_key))
            if extra else ""))
    print("zh_missing (currencies using the English name): "
          + (", ".join(zh_missing) if zh_missing else "none"))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except GenError as e:
        print("gen_reference.py: error: %s" % e, file=sys.stderr)
        sys.exit(1)
