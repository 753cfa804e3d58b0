// The six centres in five regions and their rooms.
import type { Centre, Room } from '../../shared/domain/schema';
import type { Rng } from './random';

export interface CentreSpec {
  centre: Centre;
  /** Share of the rooms of the data set; the big-city centres have more. */
  roomShare: number;
  /** Only these centres have a hall for theme conferences. */
  hostsConferences: boolean;
}

export const CENTRES: readonly CentreSpec[] = [
  { centre: { id: 'c-kbh', name: 'Center København', city: 'København', address: 'Weidekampsgade 10, 2300 København S', region: 'Hovedstaden' }, roomShare: 0.22, hostsConferences: true },
  { centre: { id: 'c-ros', name: 'Center Roskilde', city: 'Roskilde', address: 'Køgevej 3, 4000 Roskilde', region: 'Sjælland' }, roomShare: 0.13, hostsConferences: false },
  { centre: { id: 'c-ode', name: 'Center Odense', city: 'Odense', address: 'Vestre Stationsvej 9, 5000 Odense C', region: 'Syddanmark' }, roomShare: 0.17, hostsConferences: true },
  { centre: { id: 'c-aar', name: 'Center Aarhus', city: 'Aarhus', address: 'Sønder Allé 8, 8000 Aarhus C', region: 'Midtjylland' }, roomShare: 0.2, hostsConferences: true },
  { centre: { id: 'c-her', name: 'Center Herning', city: 'Herning', address: 'Fredhøjvej 2, 7400 Herning', region: 'Midtjylland' }, roomShare: 0.13, hostsConferences: false },
  { centre: { id: 'c-aal', name: 'Center Aalborg', city: 'Aalborg', address: 'Hobrovej 100, 9000 Aalborg', region: 'Nordjylland' }, roomShare: 0.15, hostsConferences: false },
];

export const CONFERENCE_HALL_CAPACITY = 120;
const ORDINARY_CAPACITIES = [12, 16, 20, 24, 24, 28, 30, 30, 36, 40, 40, 50, 60] as const;

function roomCounts(total: number): number[] {
  const counts = CENTRES.map((c) => Math.max(2, Math.floor(c.roomShare * total)));
  // Hand out what rounding left over to the largest shares first.
  const order = CENTRES.map((c, i) => ({ i, share: c.roomShare })).sort((a, b) => b.share - a.share);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < total; k++) {
    const i = order[k % order.length]?.i ?? 0;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

function ordinaryEquipment(rng: Rng): string[] {
  const tags: string[] = [];
  if (rng.chance(0.9)) tags.push('projector');
  if (rng.chance(0.4)) tags.push('video');
  if (rng.chance(0.45)) tags.push('groupRooms');
  if (rng.chance(0.5)) tags.push('whiteboard');
  return tags;
}

/**
 * Every centre gets a 40-seat room with group rooms (workshops and cluster meetings
 * need one) and, where it hosts conferences, a hall for 120.
 */
export function buildRooms(rng: Rng, total: number): Room[] {
  const counts = roomCounts(total);
  const rooms: Room[] = [];
  CENTRES.forEach((spec, ci) => {
    const code = spec.centre.id.slice(2);
    const n = counts[ci] ?? 2;
    for (let k = 1; k <= n; k++) {
      const id = `r-${code}-${k}`;
      if (k === 1 && spec.hostsConferences) {
        rooms.push({ id, centreId: spec.centre.id, name: 'Store sal', capacity: CONFERENCE_HALL_CAPACITY, equipment: ['projector', 'video', 'sound', 'groupRooms'], unavailable: [] });
      } else if (k === (spec.hostsConferences ? 2 : 1)) {
        rooms.push({ id, centreId: spec.centre.id, name: `Lokale ${k}`, capacity: 40, equipment: ['projector', 'video', 'groupRooms', 'whiteboard'], unavailable: [] });
      } else {
        rooms.push({ id, centreId: spec.centre.id, name: `Lokale ${k}`, capacity: rng.pick(ORDINARY_CAPACITIES), equipment: ordinaryEquipment(rng), unavailable: [] });
      }
    }
  });
  return rooms;
}
