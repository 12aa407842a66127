#!/usr/bin/env python3
"""Writes the project's own demo catalog (resources/demo/catalog/*.json) in the customer's format.

Every id that the configuration rules name (CONFIGURATION.md section 9) and every accessory of the
library (section 6) is present, in the form the customer's catalog uses (plain assembly, or part X with
its structure in assembly ASSY-X). Their components are invented demo parts, prefixed DM-, so that
nobody mistakes the demo catalog for Torvan's: the real catalog is imported with import-catalog.
"""
import json, pathlib, sys

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "resources/demo/catalog")
out.mkdir(parents=True, exist_ok=True)

categories = {
    "718": ("CONTROL BOX", {"718.001": "1 BASIN", "718.002": "2 BASINS", "718.003": "3 BASINS"}),
    "719": ("SERVICE PARTS", {"719.015": "FAUCET SERVICE PARTS", "719.016": "CONTROL BOXES", "719.017": "ELECTRONICS"}),
    "720": ("ACCESSORY LIST", {"720.701": "MANUALS", "720.702": "BASKETS, BINS AND SHELVES", "720.703": "HOLDERS, PLATES AND HANGERS",
                               "720.704": "LIGHTING ADD-ONS", "720.705": "ELECTRONIC AND DIGITAL ADD-ONS",
                               "720.706": "FAUCET, OUTLET, DRAIN AND SPRAYER KITS", "720.707": "DRAWERS AND COMPARTMENTS"}),
    "721": ("SINK BODY", {"721.709": "SINK BODY ASSEMBLY", "721.710": "SINK BODY TYPE", "721.711": "CASTERS AND LIFTERS"}),
    "722": ("BASIN", {"722.712": "BASIN SIZES", "722.713": "BASIN TYPE", "722.714": "BASIN SUB-ASSEMBLIES"}),
    "723": ("PEGBOARD", {"723.715": "PEGBOARD SIZES", "723.716": "PEGBOARD CONFIGURATION", "723.717": "OVERHEAD LIGHT SUB-ASSEMBLIES"}),
}

parts = {}
assemblies = {}

def part(pid, name, mpn=None, mfr=None):
    parts[pid] = {"name": name, "manufacturer_part_number": mpn, "manufacturer_info": mfr,
                  "type": "COMPONENT", "status": "ACTIVE"}
    return pid

def assembly(aid, name, typ, sub, comps=(), is_kit=None):
    cat = sub.split(".")[0]
    assemblies[aid] = {"name": name, "type": typ, "category_code": cat, "subcategory_code": sub,
                       "can_order": True, "is_kit": (typ == "KIT") if is_kit is None else is_kit,
                       "status": "ACTIVE",
                       "components": [{"part_id": c, "quantity": q} for c, q in comps]}

def structured(pid, name, typ, sub, comps=()):
    """An item known by part id X whose structure is assembly ASSY-X (the customer's convention)."""
    part(pid, name)
    assembly("ASSY-" + pid, name, typ, sub, comps)

# Shared demo hardware.
for pid, name in [("DM-SCREW-M6X16", "SCREW M6 X 16 STAINLESS"), ("DM-NUT-M6", "NUT M6 NYLOCK STAINLESS"),
                  ("DM-WASHER-M6", "WASHER M6 STAINLESS"), ("DM-CABLE-TIE", "CABLE TIE 200 MM"),
                  ("DM-BRACKET-L", "L BRACKET STAINLESS"), ("DM-LABEL-SERIAL", "SERIAL NUMBER LABEL"),
                  ("DM-HOSE-12", "HOSE 1/2 IN PVC"), ("DM-CLAMP-HOSE", "HOSE CLAMP STAINLESS"),
                  ("DM-LED-STRIP", "LED STRIP 24 V"), ("DM-PSU-24V", "POWER SUPPLY 24 V 150 W"),
                  ("DM-TOUCHSCREEN", "TOUCHSCREEN PANEL 7 IN"), ("DM-ESTOP", "EMERGENCY STOP BUTTON"),
                  ("DM-DRAIN-VALVE", "MOTORISED DRAIN VALVE"), ("DM-EDRAIN-BOARD", "E-DRAIN CONTROL BOARD"),
                  ("DM-ESINK-BOARD", "E-SINK CONTROL BOARD"), ("DM-DOSING-PUMP", "DOSING PUMP"),
                  ("DM-TEMP-SENSOR", "TEMPERATURE SENSOR"), ("DM-LEVEL-SENSOR", "WATER LEVEL SENSOR"),
                  ("DM-PUSH-BUTTON", "PUSH BUTTON, BLUE LED"), ("DM-CROSSRAIL", "CROSS RAIL STAINLESS"),
                  ("DM-LEG-COLUMN", "LIFTING COLUMN"), ("DM-LEG-FIXED", "FIXED LEG STAINLESS"),
                  ("DM-CASTOR", "LOCKING LEVELLING CASTOR"), ("DM-SEISMIC-PLATE", "SEISMIC FOOT PLATE"),
                  ("DM-GROMMET", "OPEN GROMMET"), ("DM-PANEL-120X36", "PEGBOARD PANEL 120 X 36"),
                  ("DM-WALL-BRACKET", "WALL MOUNT BRACKET"), ("DM-SPOUT", "SWING SPOUT"),
                  ("DM-WRIST-BLADE", "WRIST BLADE HANDLE"), ("DM-SPRAY-HEAD", "PRE-RINSE SPRAY HEAD"),
                  ("DM-GOOSENECK", "PVC GOOSENECK"), ("DM-WATER-GUN", "WATER GUN"), ("DM-AIR-GUN", "AIR GUN"),
                  ("DM-TURRET", "TURRET OUTLET"), ("DM-ROSETTE", "ROSETTE OUTLET"), ("DM-GUN-HOLDER", "GUN HOLDER"),
                  ("DM-MANUAL-SITEPREP-EN", "SITE PREPARATION MANUAL, ENGLISH"),
                  ("DM-CABINET", "CONTROL BOX ENCLOSURE"), ("DM-STRAINER", "SINK STRAINER")]:
    part(pid, name)
for lang, word in [("EN", "ENGLISH"), ("FR", "FRENCH"), ("SP", "SPANISH")]:
    part("DM-MANUAL-USER-" + lang, "INSTALL AND OPERATIONS MANUAL, " + word)
    assembly("T2-STD-MANUAL-%s-KIT" % lang, "STANDARD MANUAL KIT, " + word, "KIT", "720.701",
             [("DM-MANUAL-USER-" + lang, 1), ("DM-MANUAL-SITEPREP-EN", 1)])

# Sink bodies (by length) with a frame sub-assembly.
structured("T2-ADW-FRAME", "SINK FRAME WELDMENT", "SIMPLE", "721.710", [("DM-CROSSRAIL", 2), ("DM-BRACKET-L", 4)])
for aid, name in [("T2-BODY-48-60-HA", "SINK BODY 48-60 IN, HEIGHT ADJUSTABLE"),
                  ("T2-BODY-61-72-HA", "SINK BODY 61-72 IN, HEIGHT ADJUSTABLE"),
                  ("T2-BODY-73-120-HA", "SINK BODY 73-120 IN, HEIGHT ADJUSTABLE")]:
    assembly(aid, name, "COMPLEX", "721.709", [("T2-ADW-FRAME", 1), ("DM-CROSSRAIL", 1), ("DM-SCREW-M6X16", 8)])

# Legs and feet.
assembly("T2-DL27-KIT", "DL27 LIFTING COLUMN KIT", "KIT", "721.711", [("DM-LEG-COLUMN", 4), ("DM-SCREW-M6X16", 16)])
structured("T2-DL14-KIT", "DL14 LIFTING COLUMN KIT", "KIT", "721.711", [("DM-LEG-COLUMN", 4), ("DM-SCREW-M6X16", 16)])
assembly("T2-LC1-KIT", "LC1 LIFTING COLUMN KIT", "KIT", "721.711", [("DM-LEG-COLUMN", 4), ("DM-SCREW-M6X16", 12)])
assembly("T2-DL27-FH-KIT", "DL27 FIXED HEIGHT LEG KIT", "KIT", "721.711", [("DM-LEG-FIXED", 4), ("DM-SCREW-M6X16", 16)])
assembly("T2-DL14-FH-KIT", "DL14 FIXED HEIGHT LEG KIT", "KIT", "721.711", [("DM-LEG-FIXED", 4), ("DM-SCREW-M6X16", 16)])
structured("T2-LEVELING-CASTOR-475", "LOCK AND LEVELLING CASTORS, SET OF 4", "SIMPLE", "721.711", [("DM-CASTOR", 4)])
structured("T2-SEISMIC-FEET", "SEISMIC FEET, SET OF 4", "SIMPLE", "721.711", [("DM-SEISMIC-PLATE", 4), ("DM-SCREW-M6X16", 8)])

# Pegboard.
structured("T2-OHL-LIGHT-ASSY", "OVERHEAD LIGHT SUB-ASSEMBLY", "SIMPLE", "723.717", [("DM-LED-STRIP", 2), ("DM-CABLE-TIE", 6)])
assembly("T2-OHL-MDRD-KIT", "OVERHEAD LIGHT KIT, MDRD", "KIT", "723.716", [("T2-OHL-LIGHT-ASSY", 1), ("DM-WALL-BRACKET", 2)])
assembly("T2-ADW-PB-PERF-KIT", "PERFORATED PEGBOARD OF CUSTOM DIMENSIONS KIT", "KIT", "723.716", [("DM-PANEL-120X36", 1), ("DM-GROMMET", 1)])
assembly("T2-ADW-PB-SOLID-KIT", "SOLID PEGBOARD OF CUSTOM DIMENSIONS KIT", "KIT", "723.716", [("DM-PANEL-120X36", 1), ("DM-GROMMET", 1)])
for size in ["3436", "4836", "6036", "7236", "8436", "9636", "10836", "12036"]:
    structured("T2-ADW-PB-" + size, "PEGBOARD PANEL %s X 36" % size[:-2], "SIMPLE", "723.715")
parts["708.77"] = {"name": "COLORSAFE+ PEGBOARD COLOR COMPONENT", "category": "PEGBOARD", "subcategory": "PEGBOARD_COLOR",
                   "type": "COMPONENT", "vendor": "TORVAN", "status": "ACTIVE",
                   "description": "Demo colour component for pegboard customisation"}

# Basins.
structured("T2-BSN-DRAIN-ASSY", "BASIN DRAIN SUB-ASSEMBLY", "SIMPLE", "722.714", [("DM-DRAIN-VALVE", 1), ("DM-HOSE-12", 1), ("DM-CLAMP-HOSE", 2)])
structured("T2-BSN-SENSOR-ASSY", "BASIN SENSOR SUB-ASSEMBLY", "SIMPLE", "722.714", [("DM-TEMP-SENSOR", 1), ("DM-LEVEL-SENSOR", 1)])
assembly("T2-BSN-EDR-KIT", "E-DRAIN BASIN KIT", "KIT", "722.713", [("T2-BSN-DRAIN-ASSY", 1), ("DM-PUSH-BUTTON", 1), ("DM-STRAINER", 1)])
assembly("T2-BSN-ESK-KIT", "E-SINK BASIN KIT", "KIT", "722.713",
         [("T2-BSN-DRAIN-ASSY", 1), ("T2-BSN-SENSOR-ASSY", 1), ("DM-TOUCHSCREEN", 1), ("DM-ESTOP", 1), ("DM-DOSING-PUMP", 1),
          ("DM-CROSSRAIL", 1), ("DM-STRAINER", 1), ("T2-OA-DOSINGESK-BTMSHELF", 1)])
assembly("T2-BSN-ESK-DI-KIT", "E-SINK DI BASIN KIT", "KIT", "722.713",
         [("T2-BSN-DRAIN-ASSY", 1), ("T2-BSN-SENSOR-ASSY", 1), ("DM-TOUCHSCREEN", 1), ("DM-ESTOP", 1), ("DM-STRAINER", 1)])
for size in ["20X20X8", "24X20X8", "24X20X10", "30X20X8", "30X20X10"]:
    structured("T2-ADW-BASIN" + size, "BASIN " + size.replace("X", " X ") + " IN", "SIMPLE", "722.712")

# Control boxes: plain and ASSY- forms as in the customer's catalog.
boxes = {"EDR1": (1, 0), "ESK1": (0, 1), "EDR1-ESK1": (1, 1), "EDR2": (2, 0), "ESK2": (0, 2), "EDR3": (3, 0), "ESK3": (0, 3),
         "EDR1-ESK2": (1, 2), "EDR2-ESK1": (2, 1)}
for key, (edr, esk) in boxes.items():
    comps = [("DM-CABINET", 1), ("DM-PSU-24V", 1)]
    if edr: comps.append(("DM-EDRAIN-BOARD", edr))
    if esk: comps.append(("DM-ESINK-BOARD", esk))
    name = "CONTROL BOX FOR %d E-DRAIN AND %d E-SINK BASIN(S)" % (edr, esk)
    if key in ("EDR2", "ESK2", "EDR3", "ESK3"):
        structured("T2-CTRL-" + key, name, "SERVICE_PART", "719.016", comps)
    else:
        assembly("T2-CTRL-" + key, name, "SERVICE_PART", "719.016", comps)

# Drains, lights, faucets, sprayers.
structured("T2-OA-MS-1026", "P-TRAP DISINFECTION DRAIN UNIT", "SIMPLE", "720.706", [("DM-HOSE-12", 1), ("DM-CLAMP-HOSE", 2)])
assembly("T2-OA-BASIN-LIGHT-EDR-KIT", "BASIN LIGHT KIT, E-DRAIN (WITH PUSH BUTTON)", "KIT", "720.706", [("DM-LED-STRIP", 1), ("DM-PUSH-BUTTON", 1)])
assembly("T2-OA-BASIN-LIGHT-ESK-KIT", "BASIN LIGHT KIT, ONLY COMPATIBLE WITH E-SINK", "KIT", "720.706", [("DM-LED-STRIP", 1)])
assembly("T2-OA-STD-FAUCET-WB-KIT", "10 IN WRIST BLADE SWING SPOUT WALL MOUNTED FAUCET KIT", "KIT", "720.706", [("DM-SPOUT", 1), ("DM-WRIST-BLADE", 2), ("DM-HOSE-12", 2)])
assembly("T2-OA-PRE-RINSE-FAUCET-KIT", "PRE-RINSE OVERHEAD SPRAY UNIT KIT", "KIT", "720.706", [("DM-SPRAY-HEAD", 1), ("DM-WALL-BRACKET", 1), ("DM-HOSE-12", 2)])
assembly("T2-OA-DI-GOOSENECK-FAUCET-KIT", "GOOSENECK TREATED WATER FAUCET KIT, PVC", "KIT", "720.706", [("DM-GOOSENECK", 1), ("DM-HOSE-12", 1)])
for key, gun, outlet in [("WATERGUN-TURRET", "DM-WATER-GUN", "DM-TURRET"), ("WATERGUN-ROSETTE", "DM-WATER-GUN", "DM-ROSETTE"),
                         ("AIRGUN-TURRET", "DM-AIR-GUN", "DM-TURRET"), ("AIRGUN-ROSETTE", "DM-AIR-GUN", "DM-ROSETTE")]:
    assembly("T2-OA-%s-KIT" % key, key.replace("-", " ") + " KIT", "KIT", "720.706", [(gun, 1), (outlet, 1), ("DM-GUN-HOLDER", 1)])

# Accessory library (CONFIGURATION.md section 6), with the customer's form: ids ending -KIT are plain
# assemblies, the others are parts with structure in ASSY-<id>.
accessories = [
    ("702", "T-OA-BINRAIL-24-KIT", "BIN RAIL 24 IN KIT"), ("702", "T-OA-BINRAIL-36-KIT", "BIN RAIL 36 IN KIT"),
    ("702", "T-OA-BINRAIL-48-KIT", "BIN RAIL 48 IN KIT"), ("702", "T-OA-PFW1236FM-KIT", "CHROME WIRE BASKET 36 X 12 KIT"),
    ("702", "T-OA-PFW1218FM-KIT", "CHROME WIRE BASKET 18 X 12 KIT"), ("702", "T-OA-PFW1818FM-KIT", "CHROME WIRE BASKET 18 X 18 KIT"),
    ("702", "T-OA-SSSHELF-1812", "STAINLESS SLOT SHELF 18 X 12"), ("702", "T-OA-SSSHELF-1812-BOLT-ON-KIT", "STAINLESS BOLT-ON SHELF 18 X 12 KIT, FOR SOLID PEGBOARD"),
    ("702", "T-OA-SSSHELF-3612", "STAINLESS SLOT SHELF 36 X 12"), ("702", "T-OA-SSSHELF-3612-BOLT-ON-KIT", "STAINLESS BOLT-ON SHELF 36 X 12 KIT, FOR SOLID PEGBOARD"),
    ("702", "T2-OHL-INSTRO-KIT", "OVERHEAD LIGHT SHELF WITH LED, ONLY FOR INSTROSINK"),
    ("702", "T-OA-B110505", "BLUE HANGING BIN 10-7/8 X 5-1/2 X 5"), ("702", "T-OA-B110807", "BLUE HANGING BIN 10-7/8 X 8-1/8 X 7"),
    ("702", "T-OA-B111105", "BLUE HANGING BIN 10-7/8 X 11 X 5"), ("702", "B210-BLUE", "BLUE PLASTIC BIN 5.75 X 4.125 X 3"),
    ("702", "T2-OA-LT-SSSHELF-LRG", "LEAK TESTER PEGBOARD SHELF, LARGE"), ("702", "T2-OA-LT-SSSHELF-SML", "LEAK TESTER PEGBOARD SHELF, SMALL"),
    ("702", "T-OA-SSSHELF-LGHT-1812-KIT", "SLOT SHELF WITH UNDERLIGHT 18 X 12 KIT"), ("702", "T-OA-SSSHELF-LGHT-3612-KIT", "SLOT SHELF WITH UNDERLIGHT 36 X 12 KIT"),
    ("702", "T2-OA-CUST-SHELF-HA-SML", "HEIGHT ADJUSTABLE BOTTOM SHELF ADDER, LENGTHS LESS THAN 84"),
    ("702", "T2-OA-CUST-SHELF-HA-LRG", "HEIGHT ADJUSTABLE BOTTOM SHELF ADDER, LENGTHS GREATER THAN 84"),
    ("702", "T-OA-RAIL-SHELF-ADDER-SML", "RAIL SHELF ADDER, LENGTHS LESS THAN 84"), ("702", "T-OA-RAIL-SHELF-ADDER-LRG", "RAIL SHELF ADDER, LENGTHS GREATER THAN 84"),
    ("702", "T-OA-FOOTREST-RAIL-KIT", "FOOT REST RAIL KIT"), ("702", "T2-OA-DOSINGESK-BTMSHELF", "BOTTOM SHELF FOR DOSING PUMP"),
    ("703", "T-OA-1BRUSH-ORG-PB-KIT", "SINGLE BRUSH HOLDER, PEGBOARD MOUNT KIT"), ("703", "T-OA-6BRUSH-ORG-PB-KIT", "SIX BRUSH ORGANISER, PEGBOARD MOUNT KIT"),
    ("703", "T-OA-WRK-FLW-PB", "WORKFLOW INDICATOR SET OF 3, PEGBOARD MOUNT"), ("703", "T-OA-PPRACK-2066", "PEEL POUCH RACK 20.5 X 6 X 6"),
    ("703", "T-OA-PB-SS-1L-SHLF", "DOUBLE 1 L BOTTLE HOLDER"), ("703", "T-OA-PB-SS-2G-SHLF", "DOUBLE 1 GAL DETERGENT HOLDER"),
    ("703", "T-OA-PB-SS-1GLOVE", "SINGLE GLOVE DISPENSER"), ("703", "T-OA-PB-SS-2GLOVE", "DOUBLE GLOVE DISPENSER"),
    ("703", "T-OA-PB-SS-3GLOVE", "TRIPLE GLOVE DISPENSER"), ("703", "T2-OA-SC-2020-SS", "STAGING COVER FOR 20X20 BASIN"),
    ("703", "T2-OA-SC-2420-SS", "STAGING COVER FOR 24X20 BASIN"), ("703", "T2-OA-SC-3020-SS", "STAGING COVER FOR 30X20 BASIN"),
    ("703", "T2-AER-TUBEORG", "AER TUBING ORGANISER"),
    ("704", "T-OA-MLIGHT-PB-KIT", "MAGNIFYING LIGHT 5 IN LENS, PEGBOARD MOUNT KIT"), ("704", "T-OA-DIM-MLIGHT-PB-KIT", "DIMMABLE MAGNIFYING LIGHT, PEGBOARD MOUNT KIT"),
    ("704", "T-OA-TASKLIGHT-PB", "27 IN GOOSENECK LED TASK LIGHT, PB MOUNT"), ("704", "T-OA-TASKLIGHT-PB-MAG-KIT", "GOOSENECK LED TASK LIGHT WITH MAGNIFIER, PB MOUNT KIT"),
    ("705", "T-OA-MNT-ARM", "WALL MONITOR PIVOT, SINGLE"), ("705", "T-OA-MNT-ARM-1EXT", "WALL MONITOR ARM, ONE EXTENSION"),
    ("705", "T-OA-MNT-ARM-2EXT", "WALL MONITOR ARM, TWO EXTENSIONS"), ("705", "T-OA-KB-MOUSE-ARM", "WALL KEYBOARD ARM WITH MOUSE TRAY"),
    ("705", "T-OA-2H-CPUSM", "VERTICAL CPU HOLDER, SMALL"), ("705", "T-OA-2H-CPULG", "VERTICAL CPU HOLDER, LARGE"),
    ("705", "T-OA-2H-CPUUV", "TETHERED CPU HOLDER, UNIVERSAL"), ("705", "T-OA-MMA-PB", "SINGLE MONITOR ARM, PB MOUNT"),
    ("705", "T-OA-MMA-DUAL", "DUAL MONITOR ADAPTER"), ("705", "T-OA-MMA-LTAB", "LOCKING TABLET ADAPTER"),
    ("705", "T-OA-MMA-LAP", "LAPTOP TRAY ADAPTER"), ("705", "T-OA-MNT-SINGLE-COMBO-PB", "KEYBOARD AND MONITOR COMBO ARM FOR PEGBOARD, BLACK"),
    ("707", "T2-OA-2D-152012-STACKED-KIT", "STACKED TWO DRAWER HOUSING 15 X 20 X 12 WITH LINER KIT"),
]
for group, aid, name in accessories:
    sub = "720." + group
    comps = [("DM-BRACKET-L", 2), ("DM-SCREW-M6X16", 4)]
    if "LGHT" in aid or "LIGHT" in aid:
        comps.append(("DM-LED-STRIP", 1))
    if aid.endswith("-KIT"):
        assembly(aid, name, "KIT", sub, comps)
    else:
        structured(aid, name, "SIMPLE", sub, comps)
# The pull-out shelf lists its own part, as in the customer's catalog: the expansion must treat it as a leaf.
structured("T2-OA-PO-SHLF-1212", "PULL OUT SHELF 12 X 12, ONLY COMPATIBLE WITH HA SHELF", "SIMPLE", "720.707",
           [("T2-OA-PO-SHLF-1212", 1), ("DM-SCREW-M6X16", 4)])
# A few service parts for the service department's browser.
for pid, name in [("DM-TOUCHSCREEN", None), ("DM-DOSING-PUMP", None), ("DM-DRAIN-VALVE", None)]:
    assembly("SVC-" + pid[3:], "SERVICE KIT: " + parts[pid]["name"], "SERVICE_PART", "719.017", [(pid, 1)])

cats = {code: {"name": name, "description": "Demo category " + name.lower(),
               "subcategories": {sc: {"name": sn, "description": "Demo subcategory " + sn.lower(),
                                      "assembly_refs": sorted(a for a, v in assemblies.items() if v["subcategory_code"] == sc and not a.startswith("ASSY-"))}
                                 for sc, sn in subs.items()}}
        for code, (name, subs) in categories.items()}
meta = {"description": "CleanStation demo catalog (not Torvan's data): every id the configuration rules name, with demo components"}
(out / "categories.json").write_text(json.dumps({"metadata": dict(meta, total_categories=len(cats)), "categories": cats}, indent=2) + "\n")
(out / "parts.json").write_text(json.dumps({"metadata": dict(meta, total_parts=len(parts)), "parts": parts}, indent=2) + "\n")
(out / "assemblies.json").write_text(json.dumps({"metadata": dict(meta, total_assemblies=len(assemblies)), "assemblies": assemblies}, indent=2) + "\n")
print("parts", len(parts), "assemblies", len(assemblies))
