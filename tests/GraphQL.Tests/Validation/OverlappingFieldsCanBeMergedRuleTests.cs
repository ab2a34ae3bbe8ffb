using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>OverlappingFieldsCanBeMergedRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests : ValidationTest
{
    private static readonly Schema schema = TestSchemaBuilder.FromSdl(@"
      interface SomeBox {
        deepBox: SomeBox
        unrelatedField: String
      }

      type StringBox implements SomeBox {
        scalar: String
        deepBox: StringBox
        unrelatedField: String
        listStringBox: [StringBox]
        stringBox: StringBox
        intBox: IntBox
      }

      type IntBox implements SomeBox {
        scalar: Int
        deepBox: IntBox
        unrelatedField: String
        listStringBox: [StringBox]
        stringBox: StringBox
        intBox: IntBox
      }

      interface NonNullStringBox1 {
        scalar: String!
      }

      type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
        scalar: String!
        unrelatedField: String
        deepBox: SomeBox
      }

      interface NonNullStringBox2 {
        scalar: String!
      }

      type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
        scalar: String!
        unrelatedField: String
        deepBox: SomeBox
      }

      type Connection {
        edges: [Edge]
      }

      type Edge {
        node: Node
      }

      type Node {
        id: ID
        name: String
      }

      type Query {
        someBox: SomeBox
        connection: Connection
      }
    ");

    public OverlappingFieldsCanBeMergedRuleTests() : base(c => new OverlappingFieldsCanBeMergedRule(c)) { }

    [Fact]
    public void UniqueFields()
    {
        ExpectValid(@"
      fragment uniqueFields on Dog {
        name
        nickname
      }
    ");
    }

    [Fact]
    public void IdenticalFields()
    {
        ExpectValid(@"
      fragment mergeIdenticalFields on Dog {
        name
        name
      }
    ");
    }

    [Fact]
    public void IdenticalFieldsWithIdenticalArgs()
    {
        ExpectValid(@"
      fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: SIT)
      }
    ");
    }

    [Fact]
    public void IdenticalFieldsWithIdenticalDirectives()
    {
        ExpectValid(@"
      fragment mergeSameFieldsWithSameDirectives on Dog {
        name @include(if: true)
        name @include(if: true)
      }
    ");
    }

    [Fact]
    public void DifferentArgsWithDifferentAliases()
    {
        ExpectValid(@"
      fragment differentArgsWithDifferentAliases on Dog {
        knowsSit: doesKnowCommand(dogCommand: SIT)
        knowsDown: doesKnowCommand(dogCommand: DOWN)
      }
    ");
    }

    [Fact]
    public void DifferentDirectivesWithDifferentAliases()
    {
        ExpectValid(@"
      fragment differentDirectivesWithDifferentAliases on Dog {
        nameIfTrue: name @include(if: true)
        nameIfFalse: name @include(if: false)
      }
    ");
    }

    [Fact]
    public void DifferentSkipIncludeDirectivesAccepted()
    {
        ExpectValid(@"
      fragment differentDirectivesWithDifferentAliases on Dog {
        name @include(if: true)
        name @include(if: false)
      }
    ");
    }

    [Fact]
    public void SameAliasesWithDifferentFieldTargets()
    {
        ExpectErrors(@"
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        fido: name
        fido: nickname
      }
    ",
            Err("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void SameAliasesAllowedOnNonOverlappingFields()
    {
        ExpectValid(@"
      fragment sameAliasesWithDifferentFieldTargets on Pet {
        ... on Dog {
          name
        }
        ... on Cat {
          name: nickname
        }
      }
    ");
    }

    [Fact]
    public void AliasMaskingDirectFieldAccess()
    {
        ExpectErrors(@"
      fragment aliasMaskingDirectFieldAccess on Dog {
        name: nickname
        name
      }
    ",
            Err("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void DifferentArgsSecondAddsAnArgument()
    {
        ExpectErrors(@"
      fragment conflictingArgs on Dog {
        doesKnowCommand
        doesKnowCommand(dogCommand: HEEL)
      }
    ",
            Err("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void DifferentArgsSecondMissingAnArgument()
    {
        ExpectErrors(@"
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand
      }
    ",
            Err("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void ConflictingArgValues()
    {
        ExpectErrors(@"
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: HEEL)
      }
    ",
            Err("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void ConflictingArgNames()
    {
        ExpectErrors(@"
      fragment conflictingArgs on Dog {
        isAtLocation(x: 0)
        isAtLocation(y: 0)
      }
    ",
            Err("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void AllowsDifferentArgsWhereNoConflictIsPossible()
    {
        ExpectValid(@"
      fragment conflictingArgs on Pet {
        ... on Dog {
          name(surname: true)
        }
        ... on Cat {
          name
        }
      }
    ");
    }

    [Fact]
    public void AllowsDifferentOrderOfArgs()
    {
        var schema = TestSchemaBuilder.FromSdl(@"
      type Query {
        someField(a: String, b: String): String
      }
    ");
        ExpectValidWithSchema(schema, @"
        {
          someField(a: null, b: null)
          someField(b: null, a: null)
        }
      ");
    }

    [Fact]
    public void AllowsDifferentOrderOfInputObjectFieldsInArgValues()
    {
        var schema = TestSchemaBuilder.FromSdl(@"
      input SomeInput {
        a: String
        b: String
      }

      type Query {
        someField(arg: SomeInput): String
      }
    ");
        ExpectValidWithSchema(schema, @"
        {
          someField(arg: { a: null, b: null })
          someField(arg: { b: null, a: null })
        }
      ");
    }

    [Fact]
    public void EncountersConflictInFragments()
    {
        ExpectErrors(@"
      {
        ...A
        ...B
      }
      fragment A on Type {
        x: a
      }
      fragment B on Type {
        x: b
      }
    ",
            Err("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 9), (10, 9)));
    }

    [Fact]
    public void ReportsEachConflictOnce()
    {
        ExpectErrors(@"
      {
        f1 {
          ...A
          ...B
        }
        f2 {
          ...B
          ...A
        }
        f3 {
          ...A
          ...B
          x: c
        }
      }
      fragment A on Type {
        x: a
      }
      fragment B on Type {
        x: b
      }
    ",
            Err("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (18, 9), (21, 9)),
            Err("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (14, 11), (18, 9)),
            Err("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (14, 11), (21, 9)));
    }

    [Fact]
    public void DeepConflict()
    {
        ExpectErrors(@"
      {
        field {
          x: a
        },
        field {
          x: b
        }
      }
    ",
            Err("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (6, 9), (7, 11)));
    }

    [Fact]
    public void DeepConflictWithMultipleIssues()
    {
        ExpectErrors(@"
      {
        field {
          x: a
          y: c
        },
        field {
          x: b
          y: d
        }
      }
    ",
            Err("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (5, 11), (7, 9), (8, 11), (9, 11)));
    }

    [Fact]
    public void VeryDeepConflict()
    {
        ExpectErrors(@"
      {
        field {
          deepField {
            x: a
          }
        },
        field {
          deepField {
            x: b
          }
        }
      }
    ",
            Err("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (5, 13), (8, 9), (9, 11), (10, 13)));
    }

    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestor()
    {
        ExpectErrors(@"
      {
        field {
          deepField {
            x: a
          }
          deepField {
            x: b
          }
        },
        field {
          deepField {
            y
          }
        }
      }
    ",
            Err("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 11), (5, 13), (7, 11), (8, 13)));
    }

    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestorInFragments()
    {
        ExpectErrors(@"
      {
        field {
          ...F
        }
        field {
          ...F
        }
      }
      fragment F on T {
        deepField {
          deeperField {
            x: a
          }
          deeperField {
            x: b
          }
        },
        deepField {
          deeperField {
            y
          }
        }
      }
    ",
            Err("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (12, 11), (13, 13), (15, 11), (16, 13)));
    }

    [Fact]
    public void ReportsDeepConflictInNestedFragments()
    {
        ExpectErrors(@"
      {
        field {
          ...F
        }
        field {
          ...I
        }
      }
      fragment F on T {
        x: a
        ...G
      }
      fragment G on T {
        y: c
      }
      fragment I on T {
        y: d
        ...J
      }
      fragment J on T {
        x: b
      }
    ",
            Err("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (11, 9), (15, 9), (6, 9), (22, 9), (18, 9)));
    }

    [Fact]
    public void ReportsDeepConflictAfterNestedFragments()
    {
        ExpectErrors(@"
      fragment F on T {
        ...G
      }
      fragment G on T {
        ...H
      }
      fragment H on T {
        x: a
      }
      {
        x: b
        ...F
      }
    ",
            Err("Fields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (12, 9), (9, 9)));
    }

    [Fact]
    public void IgnoresUnknownFragments()
    {
        ExpectValid(@"
      {
        field
        ...Unknown
        ...Known
      }

      fragment Known on T {
        field
        ...OtherUnknown
      }
    ");
    }

    [Fact]
    public void ConflictingReturnTypesWhichPotentiallyOverlap()
    {
        ExpectErrorsWithSchema(schema, @"
          {
            someBox {
              ...on IntBox {
                scalar
              }
              ...on NonNullStringBox1 {
                scalar
              }
            }
          }
        ",
            Err("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));
    }

    [Fact]
    public void CompatibleReturnShapesOnDifferentReturnTypes()
    {
        ExpectValidWithSchema(schema, @"
          {
            someBox {
              ... on SomeBox {
                deepBox {
                  unrelatedField
                }
              }
              ... on StringBox {
                deepBox {
                  unrelatedField
                }
              }
            }
          }
        ");
    }

    [Fact]
    public void DisallowsDifferingReturnTypesDespiteNoOverlap()
    {
        ExpectErrorsWithSchema(schema, @"
          {
            someBox {
              ... on IntBox {
                scalar
              }
              ... on StringBox {
                scalar
              }
            }
          }
        ",
            Err("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));
    }

    [Fact]
    public void ReportsCorrectlyWhenANonExclusiveFollowsAnExclusive()
    {
        ExpectErrorsWithSchema(schema, @"
          {
            someBox {
              ... on IntBox {
                deepBox {
                  ...X
                }
              }
            }
            someBox {
              ... on StringBox {
                deepBox {
                  ...Y
                }
              }
            }
            memoed: someBox {
              ... on IntBox {
                deepBox {
                  ...X
                }
              }
            }
            memoed: someBox {
              ... on StringBox {
                deepBox {
                  ...Y
                }
              }
            }
            other: someBox {
              ...X
            }
            other: someBox {
              ...Y
            }
          }
          fragment X on SomeBox {
            scalar
          }
          fragment Y on SomeBox {
            scalar: unrelatedField
          }
        ",
            Err("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (31, 13), (39, 13), (34, 13), (42, 13)));
    }

    [Fact]
    public void DisallowsDifferingReturnTypeNullabilityDespiteNoOverlap()
    {
        ExpectErrorsWithSchema(schema, @"
          {
            someBox {
              ... on NonNullStringBox1 {
                scalar
              }
              ... on StringBox {
                scalar
              }
            }
          }
        ",
            Err("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));
    }

    [Fact]
    public void DisallowsDifferingReturnTypeListDespiteNoOverlap()
    {
        ExpectErrorsWithSchema(schema, @"
          {
            someBox {
              ... on IntBox {
                box: listStringBox {
                  scalar
                }
              }
              ... on StringBox {
                box: stringBox {
                  scalar
                }
              }
            }
          }
        ",
            Err("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (10, 17)));
        ExpectErrorsWithSchema(schema, @"
          {
            someBox {
              ... on IntBox {
                box: stringBox {
                  scalar
                }
              }
              ... on StringBox {
                box: listStringBox {
                  scalar
                }
              }
            }
          }
        ",
            Err("Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (10, 17)));
    }

    [Fact]
    public void DisallowsDifferingSubfields()
    {
        ExpectErrorsWithSchema(schema, @"
          {
            someBox {
              ... on IntBox {
                box: stringBox {
                  val: scalar
                  val: unrelatedField
                }
              }
              ... on StringBox {
                box: stringBox {
                  val: scalar
                }
              }
            }
          }
        ",
            Err("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 19), (7, 19)));
    }

    [Fact]
    public void DisallowsDifferingDeepReturnTypesDespiteNoOverlap()
    {
        ExpectErrorsWithSchema(schema, @"
          {
            someBox {
              ... on IntBox {
                box: stringBox {
                  scalar
                }
              }
              ... on StringBox {
                box: intBox {
                  scalar
                }
              }
            }
          }
        ",
            Err("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (6, 19), (10, 17), (11, 19)));
    }

    [Fact]
    public void AllowsNonConflictingOverlappingTypes()
    {
        ExpectValidWithSchema(schema, @"
          {
            someBox {
              ... on IntBox {
                scalar: unrelatedField
              }
              ... on StringBox {
                scalar
              }
            }
          }
        ");
    }

    [Fact]
    public void SameWrappedScalarReturnTypes()
    {
        ExpectValidWithSchema(schema, @"
          {
            someBox {
              ...on NonNullStringBox1 {
                scalar
              }
              ...on NonNullStringBox2 {
                scalar
              }
            }
          }
        ");
    }

    [Fact]
    public void AllowsInlineFragmentsWithoutTypeCondition()
    {
        ExpectValidWithSchema(schema, @"
          {
            a
            ... {
              a
            }
          }
        ");
    }

    [Fact]
    public void ComparesDeepTypesIncludingList()
    {
        ExpectErrorsWithSchema(schema, @"
          {
            connection {
              ...edgeID
              edges {
                node {
                  id: name
                }
              }
            }
          }

          fragment edgeID on Connection {
            edges {
              node {
                id
              }
            }
          }
        ",
            Err("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 15), (6, 17), (7, 19), (14, 13), (15, 15), (16, 17)));
    }

    [Fact]
    public void IgnoresUnknownTypes()
    {
        ExpectValidWithSchema(schema, @"
          {
            someBox {
              ...on UnknownType {
                scalar
              }
              ...on NonNullStringBox2 {
                scalar
              }
            }
          }
        ");
    }

    [Fact]
    public void WorksForFieldNamesThatAreJSKeywords()
    {
        var schemaWithKeywords = TestSchemaBuilder.FromSdl(@"
        type Foo {
          constructor: String
        }

        type Query {
          foo: Foo
        }
      ");
        ExpectValidWithSchema(schemaWithKeywords, @"
          {
            foo {
              constructor
            }
          }
        ");
    }

    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragment()
    {
        ExpectValid(@"
      {
        ...fragA
      }

      fragment fragA on Human { name, relatives { name, ...fragA } }
    ");
    }

    [Fact]
    public void DoesNotInfiniteLoopOnImmediatelyRecursiveFragment()
    {
        ExpectValid(@"
      {
        ...fragA
      }

      fragment fragA on Human { name, ...fragA }
    ");
    }

    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragmentWithAFieldNamedAfterFragment()
    {
        ExpectValid(@"
      {
        ...fragA
        fragA
      }

      fragment fragA on Query { ...fragA }
    ");
    }

    [Fact]
    public void FindsInvalidCasesEvenWithFieldNamedAfterFragment()
    {
        ExpectErrors(@"
      {
        fragA
        ...fragA
      }

      fragment fragA on Type {
        fragA: b
      }
    ",
            Err("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (8, 9)));
    }

    [Fact]
    public void DoesNotInfiniteLoopOnTransitivelyRecursiveFragment()
    {
        ExpectValid(@"
      {
        ...fragA
        fragB
      }

      fragment fragA on Human { name, ...fragB }
      fragment fragB on Human { name, ...fragC }
      fragment fragC on Human { name, ...fragA }
    ");
    }

    [Fact]
    public void FindsInvalidCaseEvenWithImmediatelyRecursiveFragment()
    {
        ExpectErrors(@"
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        ...sameAliasesWithDifferentFieldTargets
        fido: name
        fido: nickname
      }
    ",
            Err("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 9), (5, 9)));
    }

    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragmentsSeparatedByFields()
    {
        ExpectValid(@"
      {
        ...fragA
        ...fragB
      }

      fragment fragA on T {
        x {
          ...fragA
          x {
            ...fragA
          }
        }
      }

      fragment fragB on T {
        x {
          ...fragB
          x {
            ...fragB
          }
        }
      }
    ");
    }
}
