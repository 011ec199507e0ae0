/** Places of a service from the register's facilities: the address a citizen reads, plus its codes. */
import type { MunicipalitiesFile, Place } from '../generated/catalogue-types.js';
import type { RegisterAddress, RegisterFacility } from './record.js';

export interface MunicipalityNames {
  name: string;
  /** Names of the parts of the municipality by their RÚIAN code (without leading zeros). */
  parts: ReadonlyMap<string, string>;
}

/** Municipalities by their RÚIAN code. */
export type MunicipalityIndex = ReadonlyMap<string, MunicipalityNames>;

export function indexMunicipalities(file: MunicipalitiesFile): MunicipalityIndex {
  return new Map(
    file.municipalities.map((municipality) => [
      municipality.code,
      {
        name: municipality.name,
        parts: new Map(municipality.parts.flatMap((part) => (part.code === undefined ? [] : [[String(Number(part.code)), part.name] as const]))),
      },
    ]),
  );
}

/**
 * The place of one facility, or undefined when the facility lies outside the given municipalities (or its
 * address has no municipality code at all). Czech address order: "Vrbenská 803, Krásno nad Bečvou,
 * 757 01 Valašské Meziříčí"; without a street the part of the municipality stands before the number.
 */
export function placeFromFacility(facility: RegisterFacility, municipalities: MunicipalityIndex): Place | undefined {
  const address = facility.address;
  const municipality = address?.municipality === undefined ? undefined : municipalities.get(address.municipality);
  if (address?.municipality === undefined || municipality === undefined) return undefined;
  const partName = address.municipalityPart === undefined ? undefined : municipality.parts.get(address.municipalityPart);
  return {
    ...(facility.name === undefined ? {} : { name: facility.name }),
    address: composeAddress(address, municipality.name, partName),
    municipality: address.municipality,
    ...(partName === undefined ? {} : { municipalityPart: partName }),
    ...(address.postcode === undefined ? {} : { postcode: address.postcode }),
    ...(address.addressPointCode === undefined ? {} : { addressPointCode: address.addressPointCode }),
  };
}

export function composeAddress(address: RegisterAddress, municipalityName: string, partName: string | undefined): string {
  const house = address.houseNumber === undefined ? undefined : address.evidenceNumber ? `č. ev. ${address.houseNumber}` : address.houseNumber;
  const number = [house, address.orientationNumber].filter((piece) => piece !== undefined).join('/');
  const locality = address.street ?? partName ?? municipalityName;
  const first = number === '' ? locality : `${locality} ${number}`;
  const town = address.postcode === undefined ? municipalityName : `${address.postcode.slice(0, 3)} ${address.postcode.slice(3)} ${municipalityName}`;
  const segments = [
    first === municipalityName ? undefined : first,
    address.supplement,
    address.street !== undefined && partName !== undefined && partName !== municipalityName ? partName : undefined,
    town,
  ];
  return segments.filter((segment) => segment !== undefined).join(', ');
}
