// graphql-schema-linter on the committed schema (nx run api:schema-lint, part of
// api:lint, so CI's static checks run it). Any finding fails the target: the
// schema is the contract for integrators, so every type, field, argument, input
// value and enum value says what it means (units, limits, who may call it).
// Descriptions are written in the code-first decorators under apps/api/src;
// regenerate the file with `npx nx run api:schema`.
module.exports = {
  schemaPaths: ['apps/api/schema.gql'],
  rules: [
    // What an integrator reads.
    'types-have-descriptions',
    'fields-have-descriptions',
    'arguments-have-descriptions',
    'input-object-values-have-descriptions',
    'enum-values-have-descriptions',
    'deprecations-have-a-reason',
    'descriptions-are-capitalized',
    // Every type the code declares is reachable from an operation.
    'defined-types-are-used',
    // Naming (docs/STYLE.md §3, §10): the schema already follows these.
    'types-are-capitalized',
    'fields-are-camel-cased',
    'input-object-values-are-camel-cased',
    'enum-values-all-caps',
    // Relay connections (STYLE §3): XConnection has edges and pageInfo, and a
    // field returning one takes first/after.
    'relay-connection-types-spec',
    'relay-connection-arguments-spec',
    // The printer sorts the schema (lexicographicSortSchema); these keep it so.
    'type-fields-sorted-alphabetically',
    'input-object-fields-sorted-alphabetically',
    'enum-values-sorted-alphabetically',
    'interface-fields-sorted-alphabetically',
  ],
  // Left out: relay-page-info-spec. It requires hasPreviousPage and
  // startCursor on PageInfo; our connections page forward only (first/after,
  // STYLE §3), so those fields would always answer false/null and tell an
  // integrator nothing.
};
