// House rules of the spec, one small rule each, every resource alike (redocly.yaml
// switches them on). Each rule says why in its message: a linter's rule nobody can
// explain gets switched off.

// One verb per kind of call, and the method each verb is sent with (Cliniko cancels
// appointments and attendees with PATCH .../cancel).
const VERBS = {
  list: 'get', get: 'get', create: 'post', update: 'put', patch: 'patch', delete: 'delete',
  archive: 'post', unarchive: 'post', cancel: 'patch',
};
const OPERATION_ID = new RegExp(`^(${Object.keys(VERBS).join('|')})[A-Z][A-Za-z]*$`);
const SERVER_ERRORS = ['500', '502', '503', '504'];

// Rules that look at an operation together with its path and method.
function operationRule(check) {
  return () => {
    let path = '';
    return {
      PathItem: { enter(_item, ctx) { path = String(ctx.key); } },
      Operation: {
        enter(operation, ctx) {
          check({ operation, path, method: String(ctx.key), responses: operation.responses || {}, ctx });
        },
      },
    };
  };
}

// The node itself when it is a `$ref` (the visitor sees references unresolved).
function resolved(ctx, node) {
  return node && typeof node.$ref === 'string' ? ctx.resolve(node).node : node;
}

function missing(responses, codes) {
  return codes.filter((code) => !(code in responses));
}

// Every call can meet a bad key, the rate limit and a server or proxy failure:
// a generated client types those answers only if the spec declares them.
const OperationErrors = operationRule(({ operation, responses, ctx }) => {
  const absent = missing(responses, ['401', '429', ...SERVER_ERRORS]);
  if (absent.length) {
    ctx.report({
      message: `${operation.operationId} must declare ${absent.join(', ')}: every call can get a bad key (401), the rate limit (429) and a server or proxy failure (5xx).`,
      location: ctx.location.child('responses').key(),
    });
  }
});

// An unknown id, another account's record or an archived one answers 404.
const IdPathNotFound = operationRule(({ operation, path, responses, ctx }) => {
  if (path.includes('{id}') && !('404' in responses)) {
    ctx.report({
      message: `${operation.operationId} is on ${path} and must declare 404: an unknown, archived or other account's id answers 404.`,
      location: ctx.location.child('responses').key(),
    });
  }
});

// A body the API validates can be refused field by field (422).
const WriteValidationFailed = operationRule(({ operation, responses, ctx }) => {
  if (operation.requestBody && !('422' in responses)) {
    ctx.report({
      message: `${operation.operationId} takes a body and must declare 422: Cliniko answers a body it refuses with 422 and the errors per field.`,
      location: ctx.location.child('responses').key(),
    });
  }
});

// Lists share one shape: pages of `per_page` items under the resource's plural,
// `total_entries` and `links` (the walkers, the sandbox and the sync rely on it),
// and they say which fields `q[]` can filter.
const ListShape = operationRule(({ operation, responses, ctx }) => {
  if (!String(operation.operationId).startsWith('list')) return;
  const problems = [];
  const parameters = (operation.parameters || []).map((p) => resolved(ctx, p) || {});
  for (const name of ['page', 'per_page']) {
    if (!parameters.some((p) => p.name === name)) problems.push(`take the \`${name}\` parameter`);
  }
  const filters = parameters.find((p) => p.name === 'q[]');
  if (!filters || typeof filters['x-cliniko-filters'] !== 'object') {
    problems.push('declare its filters (a `q[]` parameter with `x-cliniko-filters`)');
  }
  const ok = resolved(ctx, responses['200']);
  const media = ok && ok.content && ok.content['application/json'];
  const schema = resolved(ctx, media && media.schema);
  const properties = (schema && schema.properties) || {};
  const arrays = Object.keys(properties).filter((key) => (resolved(ctx, properties[key]) || {}).type === 'array');
  if (!properties.total_entries || !properties.links || arrays.length !== 1) {
    problems.push('answer 200 with the list wrapper (the items under one plural key, `total_entries`, `links`)');
  }
  if (problems.length) {
    ctx.report({
      message: `${operation.operationId} is a list and must ${problems.join('; ')}: the client's walkers, the sandbox and the sync page through every list alike.`,
      location: ctx.location.child('operationId'),
    });
  }
});

// operationIds are a verb from VERBS and the resource, sent with the verb's method:
// generated clients name their functions after them, so one pattern reads everywhere.
const OperationIdVerb = operationRule(({ operation, method, ctx }) => {
  const id = String(operation.operationId);
  const verb = (id.match(OPERATION_ID) || [])[1];
  if (!verb) {
    ctx.report({
      message: `operationId ${id} must be a verb (${Object.keys(VERBS).join(', ')}) and the resource, e.g. listPatients.`,
      location: ctx.location.child('operationId'),
    });
  } else if (VERBS[verb] !== method) {
    ctx.report({
      message: `operationId ${id} starts with \`${verb}\`, which is sent with ${VERBS[verb].toUpperCase()}, not ${method.toUpperCase()}.`,
      location: ctx.location.child('operationId'),
    });
  }
});

// Every model (a named entry of a `schemas.yaml` file)
// shows an example: the docs page shows it and the linter checks it against the model.
function ModelExample() {
  return {
    Schema: {
      enter(schema, ctx) {
        const { source, pointer } = ctx.location;
        // The hand-written spec's models only (the bundle adds the custom_fields JSON Schema's $defs).
        const named = /\/schemas\.yaml$/.test(source.absoluteRef) && /^#\/[^/]+$/.test(pointer);
        if (named && schema.examples === undefined && schema.example === undefined) {
          ctx.report({
            message: `model ${pointer.split('/').pop()} must have \`examples\`: every model shows one, checked against it.`,
            location: ctx.location.key(),
          });
        }
      },
    },
  };
}

// Every property says what it is, directly or on the schema it references. A create's
// inner allOf branch names its required properties again (PatientCreate says why):
// those say it on the `$ref` branch beside them, and restating it would replace it in
// openapi-python-client's docstrings.
function PropertyDescription() {
  const restated = new WeakSet();
  return {
    Schema: {
      enter(schema, ctx) {
        const branches = Array.isArray(schema.allOf) ? schema.allOf : [];
        const declared = new Set(branches.filter((branch) => branch.$ref)
          .flatMap((branch) => Object.keys(resolved(ctx, branch)?.properties || {})));
        for (const branch of branches.filter((b) => !b.$ref && b.properties)) {
          for (const [name, property] of Object.entries(branch.properties)) {
            if (declared.has(name)) restated.add(property);
          }
        }
        for (const [name, property] of Object.entries(schema.properties || {})) {
          if (typeof property !== 'object' || restated.has(property)) continue;
          if (property.description === undefined && resolved(ctx, property)?.description === undefined) {
            ctx.report({
              message: `property ${name} must have a description: every property says what it is.`,
              location: ctx.location.child(['properties', name]).key(),
            });
          }
        }
      },
    },
  };
}

export default function houseRules() {
  return {
    id: 'house',
    rules: {
      oas3: {
        'operation-errors': OperationErrors,
        'id-path-not-found': IdPathNotFound,
        'write-validation-failed': WriteValidationFailed,
        'list-shape': ListShape,
        'operation-id-verb': OperationIdVerb,
        'model-example': ModelExample,
        'property-description': PropertyDescription,
      },
    },
  };
}
