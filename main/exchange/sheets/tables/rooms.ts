// The rooms table. A room's centre may be given by its id or its name.
import { Room, type Plan } from '../../../../shared/domain/schema';
import { writeDateRanges } from '../danishValues';
import * as read from './fieldReaders';
import { layOver, type ImportSpec } from './importSpec';
import { entityMessages } from '../../../services/messages/entities';
import { say } from '../../../services/messages/say';

export const roomsSpec: ImportSpec<Room> = {
  table: 'rooms',
  noun: 'room',
  idPrefix: 'r',
  sheetName: 'Lokaler',
  schema: Room,
  list: (plan: Plan) => plan.rooms,
  fields: [
    { key: 'id', header: 'Id', aliases: ['id', 'lokale id', 'room id'], width: 12, required: false, read: read.text, write: (r) => r.id },
    { key: 'centreId', header: 'Center', aliases: ['centre', 'center', 'centreid', 'center id', 'centre id', 'sted'], width: 12, required: true, read: read.centreRef, write: (r) => r.centreId },
    { key: 'name', header: 'Navn', aliases: ['name', 'lokale', 'room', 'lokalenavn'], width: 20, required: true, read: read.text, write: (r) => r.name },
    { key: 'capacity', header: 'Pladser', aliases: ['capacity', 'kapacitet', 'antal pladser', 'seats'], width: 9, required: true, read: read.number, write: (r) => r.capacity },
    { key: 'equipment', header: 'Udstyr', aliases: ['equipment'], width: 30, required: false, read: read.list, write: (r) => r.equipment.join(', ') },
    { key: 'unavailable', header: 'Utilgængelig', aliases: ['unavailable', 'fravær', 'lukket', 'ikke tilgængelig'], width: 30, required: false, read: read.dateRanges, write: (r) => writeDateRanges(r.unavailable) },
  ],
  compose: (base, values) => layOver(base, values, { equipment: [], unavailable: [] }),
  problems: (room, _existing, plan) => (plan.centres.some((c) => c.id === room.centreId) ? [] : [say(entityMessages.noSuch({ field: 'centreId', noun: 'centre', id: room.centreId }))]),
};
