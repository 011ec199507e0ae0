import assert from 'node:assert/strict';
import { test } from 'node:test';
import type * as z from 'zod/mini';
import type {
  Catalogue,
  CodebookFile,
  Contacts,
  MunicipalitiesFile,
  ProviderFile,
  Service,
} from '../../src/generated/catalogue-types.js';
import type {
  catalogueSchema,
  codebookFileSchema,
  contactsSchema,
  municipalitiesFileSchema,
  providerFileSchema,
  serviceSchema,
} from '../../src/catalogue/schema.js';

// Compile-time checks: `npm run typecheck` fails when a zod schema's output drifts from the generated type.
type Assignable<From, To> = [From] extends [To] ? true : false;
const checks = {
  provider: true satisfies Assignable<z.infer<typeof providerFileSchema>, ProviderFile>,
  service: true satisfies Assignable<z.infer<typeof serviceSchema>, Service>,
  contacts: true satisfies Assignable<z.infer<typeof contactsSchema>, Contacts>,
  catalogue: true satisfies Assignable<z.infer<typeof catalogueSchema>, Catalogue>,
  codebook: true satisfies Assignable<z.infer<typeof codebookFileSchema>, CodebookFile>,
  municipalities: true satisfies Assignable<z.infer<typeof municipalitiesFileSchema>, MunicipalitiesFile>,
};

test('z.infer of every zod schema is assignable to the type generated from the JSON Schema', () => {
  assert.deepEqual(Object.values(checks), [true, true, true, true, true, true]);
});
