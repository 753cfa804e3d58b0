// Danish names and the municipalities that are the training company's customers.
import type { Region } from '../../shared/domain/schema';
import type { Rng } from './random';

export const FIRST_NAMES = [
  'Ane', 'Anders', 'Anne', 'Birgitte', 'Bo', 'Camilla', 'Christian', 'Dorte', 'Emil', 'Eva',
  'Frederik', 'Gitte', 'Hanne', 'Henrik', 'Ida', 'Jakob', 'Jens', 'Jette', 'Karen', 'Kasper',
  'Kirsten', 'Lars', 'Lene', 'Line', 'Lone', 'Louise', 'Mads', 'Mai-Britt', 'Marianne', 'Mette',
  'Michael', 'Morten', 'Niels', 'Nina', 'Ole', 'Pernille', 'Peter', 'Rasmus', 'Rikke', 'Rune',
  'Signe', 'Sofie', 'Søren', 'Susanne', 'Thomas', 'Tina', 'Torben', 'Trine', 'Ulla', 'Vibeke',
] as const;

export const LAST_NAMES = [
  'Andersen', 'Bach', 'Christensen', 'Dahl', 'Damgaard', 'Eriksen', 'Frandsen', 'Hansen', 'Harder', 'Herløv',
  'Holm', 'Iversen', 'Jakobsen', 'Jensen', 'Johansen', 'Jørgensen', 'Kjær', 'Knudsen', 'Kristensen', 'Larsen',
  'Lund', 'Madsen', 'Mikkelsen', 'Mortensen', 'Møller', 'Nielsen', 'Nygaard', 'Olsen', 'Pedersen', 'Petersen',
  'Poulsen', 'Rasmussen', 'Schmidt', 'Skov', 'Sørensen', 'Thomsen', 'Vestergaard', 'Winther', 'Østergaard', 'Aagaard',
] as const;

export interface Municipality {
  name: string;
  region: Region;
  /** A town hall or administration building, for cohorts taught at the customer's own site. */
  address: string;
}

export const MUNICIPALITIES: readonly Municipality[] = [
  { name: 'Københavns Kommune', region: 'Hovedstaden', address: 'Rådhuspladsen 1, 1550 København V' },
  { name: 'Frederiksberg Kommune', region: 'Hovedstaden', address: 'Smallegade 1, 2000 Frederiksberg' },
  { name: 'Gentofte Kommune', region: 'Hovedstaden', address: 'Bernstorffsvej 161, 2920 Charlottenlund' },
  { name: 'Gladsaxe Kommune', region: 'Hovedstaden', address: 'Rådhus Allé 7, 2860 Søborg' },
  { name: 'Hillerød Kommune', region: 'Hovedstaden', address: 'Trollesmindealle 27, 3400 Hillerød' },
  { name: 'Helsingør Kommune', region: 'Hovedstaden', address: 'Stengade 59, 3000 Helsingør' },
  { name: 'Ballerup Kommune', region: 'Hovedstaden', address: 'Hold-An Vej 7, 2750 Ballerup' },
  { name: 'Bornholms Regionskommune', region: 'Hovedstaden', address: 'Ullasvej 23, 3700 Rønne' },
  { name: 'Roskilde Kommune', region: 'Sjælland', address: 'Rådhusbuen 1, 4000 Roskilde' },
  { name: 'Næstved Kommune', region: 'Sjælland', address: 'Rådmandshaven 20, 4700 Næstved' },
  { name: 'Holbæk Kommune', region: 'Sjælland', address: 'Kanalstræde 2, 4300 Holbæk' },
  { name: 'Slagelse Kommune', region: 'Sjælland', address: 'Rådhuspladsen 11, 4200 Slagelse' },
  { name: 'Køge Kommune', region: 'Sjælland', address: 'Torvet 1, 4600 Køge' },
  { name: 'Guldborgsund Kommune', region: 'Sjælland', address: 'Parkvej 37, 4800 Nykøbing F' },
  { name: 'Odense Kommune', region: 'Syddanmark', address: 'Flakhaven 2, 5000 Odense C' },
  { name: 'Esbjerg Kommune', region: 'Syddanmark', address: 'Torvegade 74, 6700 Esbjerg' },
  { name: 'Kolding Kommune', region: 'Syddanmark', address: 'Akseltorv 1, 6000 Kolding' },
  { name: 'Vejle Kommune', region: 'Syddanmark', address: 'Skolegade 1, 7100 Vejle' },
  { name: 'Fredericia Kommune', region: 'Syddanmark', address: 'Gothersgade 20, 7000 Fredericia' },
  { name: 'Svendborg Kommune', region: 'Syddanmark', address: 'Ramsherred 5, 5700 Svendborg' },
  { name: 'Sønderborg Kommune', region: 'Syddanmark', address: 'Rådhustorvet 10, 6400 Sønderborg' },
  { name: 'Aabenraa Kommune', region: 'Syddanmark', address: 'Skelbækvej 2, 6200 Aabenraa' },
  { name: 'Aarhus Kommune', region: 'Midtjylland', address: 'Rådhuspladsen 2, 8000 Aarhus C' },
  { name: 'Randers Kommune', region: 'Midtjylland', address: 'Laksetorvet 1, 8900 Randers C' },
  { name: 'Herning Kommune', region: 'Midtjylland', address: 'Torvet 5, 7400 Herning' },
  { name: 'Horsens Kommune', region: 'Midtjylland', address: 'Rådhustorvet 4, 8700 Horsens' },
  { name: 'Silkeborg Kommune', region: 'Midtjylland', address: 'Søvej 1, 8600 Silkeborg' },
  { name: 'Viborg Kommune', region: 'Midtjylland', address: 'Prinsens Allé 5, 8800 Viborg' },
  { name: 'Syddjurs Kommune', region: 'Midtjylland', address: 'Lundbergsvej 2, 8400 Ebeltoft' },
  { name: 'Norddjurs Kommune', region: 'Midtjylland', address: 'Torvet 3, 8500 Grenaa' },
  { name: 'Hedensted Kommune', region: 'Midtjylland', address: 'Tofteskovvej 4, 8723 Løsning' },
  { name: 'Ikast-Brande Kommune', region: 'Midtjylland', address: 'Centerparken 1, 7430 Ikast' },
  { name: 'Holstebro Kommune', region: 'Midtjylland', address: 'Kirkestræde 11, 7500 Holstebro' },
  { name: 'Aalborg Kommune', region: 'Nordjylland', address: 'Boulevarden 13, 9000 Aalborg' },
  { name: 'Hjørring Kommune', region: 'Nordjylland', address: 'Springvandspladsen 5, 9800 Hjørring' },
  { name: 'Frederikshavn Kommune', region: 'Nordjylland', address: 'Rådhus Allé 100, 9900 Frederikshavn' },
  { name: 'Thisted Kommune', region: 'Nordjylland', address: 'Asylgade 30, 7700 Thisted' },
  { name: 'Vesthimmerlands Kommune', region: 'Nordjylland', address: 'Vestre Boulevard 7, 9600 Aars' },
  { name: 'Mariagerfjord Kommune', region: 'Nordjylland', address: 'Nordre Kajgade 1, 9500 Hobro' },
];

/** "Aalborg Kommune" → "Aalborg", for cohort names. */
export function shortName(municipality: Municipality): string {
  const short = municipality.name.replace(/ (Regions)?[Kk]ommune$/, '');
  return short === 'Københavns' ? 'København' : short;
}

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

/** ane.holm7@… : ASCII only, so that any mail client takes it. */
export function emailFor(name: string, serial: number, domain: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/ +/g, '.');
  return `${ascii}${serial}@${domain}`;
}

export function phoneNumber(rng: Rng): string {
  const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? rng.int(2, 9) : rng.int(0, 9))).join('');
  return `+45 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`;
}
