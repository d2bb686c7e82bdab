import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

/**
 * Country outlines for the web UI's maps, from Natural Earth via the world-atlas package
 * (public domain data, ISC package), as SVG paths in an equirectangular frame: x = longitude
 * + 180, y = 90 − latitude, so the whole world is the 360 × 180 box and a place's dot is
 * just (lon + 180, 90 − lat). Built once per process.
 */
export interface Basemap {
  width: 360;
  height: 180;
  countries: { id: string; name: string; d: string }[];
}

let cached: Basemap | null = null;

export function basemap(): Basemap {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  // Antarctica only adds a white band along the bottom of every world map.
  const countries = collection.features.filter((f) => f.properties?.name !== 'Antarctica').map((f) => ({
    id: String(f.id ?? ''),
    name: f.properties?.name ?? '',
    d: pathOf(f.geometry),
  }));
  return (cached = { width: 360, height: 180, countries });
}

type Ring = number[][];

function pathOf(geometry: { type: string; coordinates?: unknown } | null): string {
  if (!geometry) return '';
  const polygons: Ring[][] =
    geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : geometry.type === 'MultiPolygon' ? (geometry.coordinates as Ring[][]) : [];
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let last = '';
      let lastLon = NaN;
      let shift = 0;
      ring.forEach(([lon, lat], i) => {
        // A ring that steps across the antimeridian continues past the map's edge (where the
        // frame clips it) rather than drawing a line across the whole map.
        if (lon! - lastLon > 180) shift -= 360;
        else if (lon! - lastLon < -180) shift += 360;
        lastLon = lon!;
        const point = `${round(lon! + shift + 180)} ${round(90 - lat!)}`;
        if (point === last) return; // points that coincide at this precision add nothing
        d += `${i === 0 ? 'M' : 'L'}${point}`;
        last = point;
      });
      d += 'Z';
    }
  }
  return d;
}

function round(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
