import { buildClientSchema, getIntrospectionQuery, isEnumType, isInputObjectType, isObjectType, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_KINDS, FEED_FORMATS, FORMATS, LEVELS, OCCURRENCE_STATUSES, OFFERING_STATUSES, OFFERING_TYPES, PROVIDER_KINDS, TARGET_GROUPS, TOPICS } from '@campus/schema';
import { startTestHub, type TestHub } from './testHub';

describe('the public API schema, as a client introspects it through the gateway', () => {
  let hub: TestHub;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    hub = await startTestHub({ HUB_SCHEDULER: 'off' });
    const introspection = await hub.query<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
    schema = buildClientSchema(introspection.data!);
  });
  afterAll(() => hub.close());

  it('documents every type, field, argument and enum value, so the IDE documents the API', () => {
    const missing: string[] = [];
    const ours = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name));
    for (const type of ours) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('uses exactly the enum values of the shared vocabulary', () => {
    const values = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    };
    expect(values('Topic')).toEqual([...TOPICS]);
    expect(values('TargetGroup')).toEqual([...TARGET_GROUPS]);
    expect(values('Format')).toEqual([...FORMATS]);
    expect(values('OfferingType')).toEqual([...OFFERING_TYPES]);
    expect(values('Level')).toEqual([...LEVELS]);
    expect(values('OfferingStatus')).toEqual([...OFFERING_STATUSES]);
    expect(values('OccurrenceStatus')).toEqual([...OCCURRENCE_STATUSES]);
    expect(values('CostKind')).toEqual([...COST_KINDS]);
    expect(values('ProviderKind')).toEqual([...PROVIDER_KINDS]);
    expect(values('FeedFormat')).toEqual([...FEED_FORMATS]);
  });
});
